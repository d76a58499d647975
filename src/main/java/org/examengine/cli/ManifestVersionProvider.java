package org.examengine.cli;

import picocli.CommandLine;

/** {@code exam --version}: the version written into the jar's manifest at build time. */
final class ManifestVersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ManifestVersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"exam " + (version == null ? "(development build, not from the jar)" : version)};
    }
}
