package org.examengine.review;

/** How a review on screen ended: the examiner asked to finish (write review.csv and re-grade), or left. */
public enum ReviewOutcome { FINISH, QUIT }
