package com.fulfil.notification;

import com.fulfil.audit.AuditTrail;
import com.fulfil.tenancy.TenantService;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The calling shop's notification templates: every moment in every language, editable. */
@TenantService
public class TemplateService {

  @Inject NotificationRepository notifications;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Every moment × language, the shop's wording where it has one, else the default. */
  public List<TemplateView> list() {
    List<NotificationTemplate> own = notifications.templates();
    List<TemplateView> views = new ArrayList<>();
    for (Moment m : Moment.values()) {
      for (Language l : Language.values()) {
        views.add(
            own.stream()
                .filter(t -> t.moment() == m && t.language() == l)
                .findFirst()
                .map(t -> TemplateView.of(m, l, t.wording(), true))
                .orElseGet(() -> TemplateView.of(m, l, DefaultTemplates.of(m, l), false)));
      }
    }
    return views;
  }

  public TemplateView get(String moment, String language) {
    Moment m = moment(moment);
    Language l = language(moment, language);
    return notifications
        .template(m, l)
        .map(t -> TemplateView.of(m, l, t.wording(), true))
        .orElseGet(() -> TemplateView.of(m, l, DefaultTemplates.of(m, l), false));
  }

  /** Saves the shop's wording (400 naming the field for an unknown placeholder; nothing saved). */
  public TemplateView put(String moment, String language, TemplateRequest request) {
    Moment m = moment(moment);
    Language l = language(moment, language);
    List<Violation> violations = request.violations(m);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    TemplateView before = get(moment, language);
    NotificationTemplate t =
        notifications
            .template(m, l)
            .orElseGet(
                () -> {
                  NotificationTemplate created = NotificationTemplate.create(m, l);
                  notifications.add(created);
                  return created;
                });
    t.reword(request.wording(), clock.instant());
    notifications.flush();
    TemplateView after = TemplateView.of(m, l, t.wording(), true);
    audit.record("notification.template.saved", "notification-template", m.key() + "/" + l.code(), before, after);
    return after;
  }

  /** Back to the shipped default. */
  public TemplateView reset(String moment, String language) {
    Moment m = moment(moment);
    Language l = language(moment, language);
    notifications
        .template(m, l)
        .ifPresent(
            t -> {
              TemplateView before = TemplateView.of(m, l, t.wording(), true);
              notifications.remove(t);
              notifications.flush();
              audit.record("notification.template.reset", "notification-template", m.key() + "/" + l.code(), before, null);
            });
    return TemplateView.of(m, l, DefaultTemplates.of(m, l), false);
  }

  private static Moment moment(String key) {
    return Moment.parse(key).orElseThrow(() -> ProblemException.notFound("Notification moment " + key));
  }

  private static Language language(String moment, String code) {
    // Only lower-case codes: one template has one address.
    return Language.parse(code)
        .filter(l -> l.code().equals(code))
        .orElseThrow(() -> ProblemException.notFound("Template " + moment + "/" + code));
  }
}
