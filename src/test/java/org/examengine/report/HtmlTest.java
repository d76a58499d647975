package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Text from results made safe for the report: escaped, controls visible, always well-formed. */
class HtmlTest {

    @Test
    void markupIsEscapedAndLineBreaksKept() {
        assertThat(Html.esc("<script>alert('x')</script> & \"more\"\r\nline two"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;\nline two");
    }

    @Test
    void escapeSequencesAndDirectionOverridesAreShownAsOnTheTerminal() {
        assertThat(Html.esc("\u001b[31mred\u0007")).isEqualTo("^[[31mred^G");
        assertThat(Html.esc("abc\u202Edef")).isEqualTo("abc&lt;U+202E&gt;def");
        assertThat(Html.esc("bad \uD800 half")).isEqualTo("bad \uFFFD half");
    }

    @Property(tries = 300)
    void anyTextEscapedIsWellFormedXmlWithNoElementInIt(@ForAll String text) {
        org.w3c.dom.Element p = Xhtml.parse("<p>" + Html.esc(text) + "</p>").getDocumentElement();
        assertThat(Xhtml.all(p, "*")).isEmpty();
        boolean plain = text.codePoints().allMatch(cp -> (cp >= 0x20 || cp == '\n') && !Character.isISOControl(cp)
                && !org.examengine.sitting.SafeText.hidden(cp) && !Character.isSurrogate((char) cp) && cp < 0xfffe);
        if (plain) {
            assertThat(p.getTextContent()).isEqualTo(text);
        }
    }
}
