package org.attune.reports;

import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.reports.internal.LiveFragments;

/**
 * The episode page data of a run, made while the run waits on its model calls and kept by the
 * final report ({@link Reports#writeFinished}) where they are still current.
 */
public final class LiveReport {
    private final LiveFragments fragments;

    /** @param planned episodes this process will run per pair key; pairs not named are left to the end */
    public LiveReport(Map<String, Integer> planned) {
        this.fragments = new LiveFragments(planned);
    }

    /** Takes a finished episode (already in the journal); prepares its pair when the pair is complete. */
    public void accept(Episode e) {
        fragments.accept(e);
    }

    /** Waits for the pages queued so far (before a failed run is cleaned up, so none is written after). */
    public void finish() {
        fragments.finish();
    }

    LiveFragments fragments() {
        return fragments;
    }
}
