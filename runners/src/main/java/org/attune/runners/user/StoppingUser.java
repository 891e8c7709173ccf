package org.attune.runners.user;

import java.util.HashSet;
import java.util.Set;
import org.attune.api.ActivePreference;
import org.attune.api.Match;
import org.attune.api.SimulatedUser;
import org.attune.api.Turn;
import org.attune.api.UserContext;
import org.attune.api.UserReply;

/**
 * The {@code passive-stop} style (PrefDisco's {@code passive} user, which may end the dialogue): a
 * passive user who ends it, with {@link UserReply#STOP_SIGNAL} at the end of the reply, once a
 * question asks about nothing that matters to them or every active preference has been asked about;
 * the agent then gives its final response. Deterministic for every underlying user.
 */
public final class StoppingUser implements SimulatedUser {
    public static final String STYLE = "passive-stop";

    private final SimulatedUser passive;

    public StoppingUser(SimulatedUser passive) {
        this.passive = passive;
    }

    @Override
    public UserReply reply(UserContext ctx, String message) {
        UserReply r = passive.reply(ctx, message);
        Set<String> active = new HashSet<>();
        ctx.active().items().stream().map(ActivePreference::attribute).forEach(active::add);
        boolean useful = r.matched().stream().map(Match::attribute).anyMatch(active::contains);
        Set<String> asked = new HashSet<>();
        for (Turn t : ctx.transcript()) {
            t.matched().forEach(m -> asked.add(m.attribute()));
        }
        r.matched().forEach(m -> asked.add(m.attribute()));
        if (useful && !asked.containsAll(active)) {
            return r;
        }
        return new UserReply(r.text().strip() + " " + UserReply.STOP_SIGNAL, r.matched(), r.reasoning(), true);
    }
}
