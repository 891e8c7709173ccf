package org.attune.reports.gate;

/**
 * A matched episode whose alignment fell.
 *
 * @param reportPage the candidate's report page for it, relative to the candidate's report folder
 *                   ({@code report/}), or null when no report was published beside the run
 */
public record EpisodeChange(String key, String condition, String agent, double baseline, double candidate,
        double delta, String reportPage) {
}
