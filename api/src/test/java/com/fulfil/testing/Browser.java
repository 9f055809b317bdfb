package com.fulfil.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real headless Chromium (Debian's package, or {@code -Dfulfil.chromium}) that the browser
 * tests drive through Playwright, one per test class, and the sign-in through Keycloak's own login
 * page that every page of the portal and the staff console starts with:
 *
 * <pre>
 * &#64;RegisterExtension static final Browser browser = new Browser();
 * ...
 * try (BrowserContext alfa = browser.context("en-US")) {
 *   Page page = Browser.signIn(alfa, portal, "alfa-manager", "catalogue-page");
 * </pre>
 *
 * Chromium starts before the class's first test and is closed after its last one, also on failure.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

  private static final List<String> ARGS = List.of(
      "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic");

  private Playwright playwright;
  private com.microsoft.playwright.Browser chromium;

  @Override
  public void beforeAll(ExtensionContext context) {
    playwright = Playwright.create();
    chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("fulfil.chromium", "/usr/bin/chromium")))
        .setHeadless(true)
        .setArgs(ARGS));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      chromium = null;
      if (playwright != null) {
        playwright.close();
        playwright = null;
      }
    }
  }

  /** A fresh browser profile (no cookies, no session) with this locale and a 1280 × 900 window. */
  public BrowserContext context(String locale) {
    return context(locale, 1280, 900);
  }

  public BrowserContext context(String locale, int width, int height) {
    if (chromium == null) {
      throw new IllegalStateException("Chromium is not running: register Browser with @RegisterExtension on a static field");
    }
    return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
  }

  /**
   * Opens {@code app} (the portal's or the console's address), which sends the browser to
   * Keycloak's own login page; signs in there as the demo user and waits until the app shows the
   * element {@code landingTestId}.
   */
  public static Page signIn(BrowserContext context, String app, String username, String landingTestId) {
    Page page = context.newPage();
    page.navigate(app);
    page.waitForURL(u -> u.contains("/realms/fulfil/protocol/openid-connect/auth") || u.contains("/login-actions/"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(Keycloak.PASSWORD);
    page.locator("#kc-login").click();
    page.waitForURL(u -> u.startsWith(app));
    assertThat(page.getByTestId(landingTestId)).isVisible();
    return page;
  }

  /**
   * Types into a scanner page as a keyboard-wedge scanner does: the code, then Enter, into whatever
   * has the focus; returns when the page's call has answered (its busy line is gone).
   */
  public static void scan(Page page, String code) {
    if (!code.isEmpty()) {
      page.keyboard().type(code);
    }
    page.keyboard().press("Enter");
    assertThat(page.getByTestId("scan-busy")).isHidden();
  }
}
