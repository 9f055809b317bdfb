package com.fulfil.notification;

import com.fulfil.audit.AuditTrail;
import com.fulfil.tenancy.TenantService;
import com.fulfil.tenant.TenantSettings;
import com.fulfil.web.ProblemException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** The calling shop's notification settings. */
@TenantService
public class SettingsService {

  @Inject NotificationRepository notifications;
  @Inject TenantSettings tenant;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public SettingsView get() {
    return SettingsView.of(Preferences.of(notifications.settings().orElse(null), tenant.currency()));
  }

  public SettingsView put(SettingsRequest request) {
    List<com.fulfil.web.Violation> violations = request.violations();
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    SettingsView before = get();
    NotificationSettings s =
        notifications
            .settings()
            .orElseGet(
                () -> {
                  NotificationSettings created = NotificationSettings.create(clock.instant());
                  notifications.add(created);
                  return created;
                });
    s.change(request.buyerLanguageChoice(), request.shopLanguageChoice(), request.email(), clock.instant());
    notifications.flush();
    SettingsView after = SettingsView.of(Preferences.of(s, tenant.currency()));
    audit.record("notification.settings.changed", "notification-settings", "settings", before, after);
    return after;
  }
}
