package org.spotcheck.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks a logged-in user's password again before a signature (电子签名: the signer re-authenticates). */
@Component
public class Reauthentication {

    private final AccountService accounts;
    private final PasswordEncoder passwords;

    Reauthentication(AccountService accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public boolean verify(String username, String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            return false;
        }
        try {
            UserDetails user = accounts.loadUserByUsername(username);
            return user.isEnabled() && passwords.matches(rawPassword, user.getPassword());
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
