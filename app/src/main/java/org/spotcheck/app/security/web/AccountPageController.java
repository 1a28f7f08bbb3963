package org.spotcheck.app.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.app.security.AccountService;
import org.spotcheck.app.security.PasswordChange;
import org.spotcheck.app.security.SecondFactorService;
import org.spotcheck.app.security.SpotcheckUser;
import org.spotcheck.app.security.Totp;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account pages: password change, second-factor enrolment and the second-factor step of login. */
@Controller
class AccountPageController {

    /** Session attribute: the secret shown for enrolment, until a code confirms it. */
    private static final String ENROLLING = AccountPageController.class.getName() + ".secret";
    private static final String PENDING = SecondFactorService.PENDING_SESSION_ATTRIBUTE;

    private final PasswordChange passwordChange;
    private final SecondFactorService secondFactor;
    private final AccountService accounts;
    private final org.spotcheck.app.security.AccountAdministration administration;
    private final ProblemTexts texts;

    AccountPageController(PasswordChange passwordChange, SecondFactorService secondFactor, AccountService accounts,
            org.spotcheck.app.security.AccountAdministration administration, ProblemTexts texts) {
        this.administration = administration;
        this.texts = texts;
        this.passwordChange = passwordChange;
        this.secondFactor = secondFactor;
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String passwordForm(Actor actor, Model model) {
        model.addAttribute("email", administration.user(actor.username()).email());
        model.addAttribute("mailLang", administration.mailLanguage(actor.username()));
        return "security/account-password";
    }

    /** The user's own e-mail address for reminders and served notices; a bad one is shown beside the field. */
    @PostMapping("/account/email")
    @PreAuthorize("isAuthenticated()")
    String email(Actor actor, @RequestParam(required = false) String email, @RequestParam(required = false) String mailLang,
            Model model, RedirectAttributes redirect) {
        try {
            administration.setEmail(actor, actor.username(), email);
            if (mailLang != null) {
                // the language the e-mails are written in (issue 17); a form without the choice keeps it
                administration.setMailLanguage(actor, actor.username(), mailLang);
            }
        } catch (InvalidInputException e) {
            String message = texts.of(e);
            model.addAttribute(e.violations().stream().anyMatch(v -> "mailLang".equals(v.field())) ? "mailLangError" : "emailError",
                    message);
            model.addAttribute("email", email);
            model.addAttribute("mailLang", mailLang);
            return "security/account-password";
        }
        redirect.addFlashAttribute("emailSaved", true);
        return "redirect:/account/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(Actor actor, @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            model.addAttribute("error", texts.message("account.password.differ"));
            return "security/account-password";
        }
        try {
            passwordChange.change(actor.username(), currentPassword, newPassword, request.getSession().getId(), request.getRemoteAddr());
        } catch (InvalidInputException e) {
            model.addAttribute("error", texts.of(e));
            return "security/account-password";
        }
        SpotcheckUser user = accounts.reload(actor.username());
        PageSessions.replacePrincipal(user, request, response);
        redirect.addFlashAttribute("done", texts.message("account.password.changed"));
        return user.state().mustEnrolSecondFactor() ? "redirect:/account/second-factor" : "redirect:/tasks";
    }

    @GetMapping("/account/second-factor")
    @PreAuthorize("isAuthenticated()")
    String enrolForm(Actor actor, HttpSession session, Model model) {
        SpotcheckUser user = accounts.reload(actor.username());
        model.addAttribute("enrolled", user.state().totpEnabled());
        if (!user.state().totpEnabled()) {
            String secret = (String) session.getAttribute(ENROLLING);
            if (secret == null) {
                secret = Totp.newSecret();
                session.setAttribute(ENROLLING, secret);
            }
            model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
            model.addAttribute("uri", Totp.uri(SecondFactorService.ISSUER, actor.username(), secret));
        }
        return "security/account-second-factor";
    }

    @PostMapping("/account/second-factor")
    @PreAuthorize("isAuthenticated()")
    String enrol(Actor actor, @RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(ENROLLING);
        if (secret == null) {
            return "redirect:/account/second-factor";
        }
        try {
            List<String> codes = secondFactor.enrol(actor.username(), secret, code);
            session.removeAttribute(ENROLLING);
            PageSessions.replacePrincipal(accounts.reload(actor.username()), request, response);
            AuditFilter.describe("enrolled a TOTP second factor; " + codes.size() + " recovery codes issued");
            model.addAttribute("enrolled", true);
            model.addAttribute("recoveryCodes", codes);
        } catch (InvalidInputException e) {
            model.addAttribute("enrolled", false);
            model.addAttribute("error", texts.of(e));
            model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
            model.addAttribute("uri", Totp.uri(SecondFactorService.ISSUER, actor.username(), secret));
        }
        return "security/account-second-factor";
    }

    @GetMapping("/login/totp")
    @PreAuthorize("isAuthenticated()")
    String challenge() {
        return "security/login-totp";
    }

    @PostMapping("/login/totp")
    @PreAuthorize("isAuthenticated()")
    String verify(Actor actor, @RequestParam(required = false) String code, HttpServletRequest request, Model model) {
        AuditFilter.markRecorded();
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(PENDING) == null) {
            return "redirect:/tasks";
        }
        if (secondFactor.verify(actor.username(), code, request.getRemoteAddr())) {
            session.removeAttribute(PENDING);
            request.changeSessionId(); // a new id once fully authenticated (ASVS 7.2.4)
            SpotcheckUser user = accounts.reload(actor.username());
            return user.state().mustChangePassword() ? "redirect:/account/password" : "redirect:/tasks";
        }
        if (secondFactor.locked(actor.username())) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            return "redirect:/login?locked";
        }
        model.addAttribute("error", texts.message("problem.WRONG_CODE"));
        return "security/login-totp";
    }
}
