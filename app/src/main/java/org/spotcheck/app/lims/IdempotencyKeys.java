package org.spotcheck.app.lims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} of the submissions from outside, a lab's LIMS ({@link LimsService}) and the offline
 * sampling app ({@code FieldSync}): the first successful answer is stored per organisation and key in
 * {@code sys_idempotency_key} with the endpoint and the request's hash; a repeat of the same request gets it back, a
 * repeat with another request is refused (422 IDEMPOTENCY_KEY_REUSED).
 */
@Component
public class IdempotencyKeys {

    /** What a submission answered: its status and body, and whether this is the stored answer given back. */
    public record Answer(int status, String body, boolean replayed) {
    }

    private final IdempotencyMapper keys;
    private final JsonMapper json;

    IdempotencyKeys(IdempotencyMapper keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /**
     * Runs a submission once per organisation and key. A repeat of the same request gets the stored answer back
     * without running anything; a repeat with another request is refused. {@code work} runs the submission in its
     * transaction and {@link #store}s its answer there, so of two twins sent at the same moment one stores and the
     * other, refused on the key (or by the one-winner guard of the step), gets the winner's answer.
     */
    public Answer once(Actor actor, String key, String endpoint, String hash, Supplier<Answer> work) {
        Answer earlier = stored(actor, key, endpoint, hash);
        if (earlier != null) {
            return earlier;
        }
        try {
            return work.get();
        } catch (DataIntegrityViolationException | ConflictException e) {
            Answer winner = stored(actor, key, endpoint, hash);
            if (winner != null) {
                return winner;
            }
            throw e;
        }
    }

    /**
     * The answer stored for the caller's organisation and this key, or null when there is none; refused when the key
     * was used for another endpoint or another request.
     */
    private Answer stored(Actor actor, String key, String endpoint, String hash) {
        IdempotencyMapper.StoredResponse stored = keys.find(actor.orgCode(), key);
        if (stored == null) {
            return null;
        }
        if (!stored.endpoint.equals(endpoint) || !stored.requestHash.equals(hash)) {
            throw new RuleViolationException("Idempotency-Key", "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used for a different submission");
        }
        return new Answer(stored.status, stored.response, true);
    }

    /**
     * Stores the answer to a request, its body written as JSON, in the caller's transaction (a second one with the same
     * key fails on the key), and returns it.
     */
    public Answer store(Actor actor, String key, String endpoint, String hash, int status, Object answer) {
        String body = json.writeValueAsString(answer);
        keys.insert(actor.orgCode(), key, endpoint, hash, actor.username(), status, body,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return new Answer(status, body, false);
    }

    /** The endpoint and the request's JSON with its keys sorted at every level, as bytes: the same request, the same bytes. */
    public byte[] canonical(String endpoint, Object body) {
        return (endpoint + "\n" + json.writeValueAsString(sorted(body))).getBytes(StandardCharsets.UTF_8);
    }

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), sorted(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(IdempotencyKeys::sorted).toList();
        }
        return value;
    }
}
