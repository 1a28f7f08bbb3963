package org.spotcheck.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.sampling.api.SamplerDirectory;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Component;

/** Tells the sampling module who the samplers of an authority are (issue 19): its enabled accounts with the role. */
@Component
class AccountSamplerDirectory implements SamplerDirectory {

    private final UserAccountMapper users;

    AccountSamplerDirectory(UserAccountMapper users) {
        this.users = users;
    }

    @Override
    public Map<String, String> samplersOf(String authorityCode) {
        Map<String, String> samplers = new LinkedHashMap<>();
        users.members(authorityCode, List.of(Role.SAMPLER.name())).forEach(c -> samplers.put(c.username(), c.displayName()));
        return samplers;
    }
}
