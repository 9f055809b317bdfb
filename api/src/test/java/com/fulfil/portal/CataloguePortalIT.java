package com.fulfil.portal;

import static com.fulfil.testing.SkuBuilder.randomEan13;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fulfil.testing.Api;
import com.fulfil.testing.Browser;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.TestTenants;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shop's portal in real headless Chromium, signing in through the real Keycloak login page:
 * a shop manager creates a SKU and sees it listed; the other shop does not see it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CataloguePortalIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @RegisterExtension static final Browser browser = new Browser();

  @ArquillianResource URL url;
  String portal;

  @BeforeEach
  void shops() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    portal = api.base() + "/portal/";
  }

  @Test
  void aManagerCreatesASkuAndTheOtherShopDoesNotSeeIt() {
    String code = "UI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String ean = randomEan13();
    try (BrowserContext alfa = browser.context("en-US")) {
      Page page = signIn(alfa, "alfa-manager");
      assertThat(page.getByTestId("tenant-name")).not().isEmpty();
      page.getByTestId("sku-input").fill(code);
      page.getByTestId("name-input").fill("Green tea 100 g");
      page.getByTestId("barcodes-input").fill(ean);
      page.getByTestId("weight-input").fill("120");
      page.getByTestId("length-input").fill("100");
      page.getByTestId("width-input").fill("60");
      page.getByTestId("height-input").fill("40");
      page.getByTestId("price-input").fill("349.90");
      page.getByTestId("sku-create").click();
      Locator row = page.locator("[data-testid=sku-row][data-sku='" + code + "']");
      assertThat(row).isVisible();
      assertThat(row.locator("[data-col=barcodes]")).containsText(ean);
      assertThat(row.locator("[data-col=price]")).containsText("349.90");

      page.getByTestId("sku-search").fill(ean);
      page.getByTestId("sku-search").press("Enter");
      assertThat(page.getByTestId("sku-row")).hasCount(1);

      page.getByTestId("lang-ru").click();
      assertThat(page.locator("html")).hasAttribute("lang", "ru");
      assertThat(row.locator("[data-col=price]")).containsText("349,90");
    }
    try (BrowserContext bravo = browser.context("en-US")) {
      Page page = signIn(bravo, "bravo-manager");
      page.getByTestId("sku-search").fill(code);
      page.getByTestId("sku-search").press("Enter");
      assertThat(page.getByTestId("sku-empty")).isVisible();
      assertThat(page.locator("[data-testid=sku-row][data-sku='" + code + "']")).hasCount(0);
    }
  }

  @Test
  void aCsvWithErrorsIsRefusedWholeAndTheErrorsAreShownByLine() {
    String code = "UI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String csv = "sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked\n"
        + code + "-1,Сахар,,1000,200,100,50,89.50,false\n"
        + code + "-2,Соль,,heavy,10,10,10,10.00,false\n";
    try (BrowserContext alfa = browser.context("ru-RU")) {
      Page page = signIn(alfa, "alfa-manager");
      assertThat(page.locator("html")).hasAttribute("lang", "ru");
      page.getByTestId("import-file").setInputFiles(new FilePayload("catalogue.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
      page.getByTestId("import-submit").click();
      Locator errors = page.getByTestId("import-errors");
      assertThat(errors).isVisible();
      assertThat(errors.locator("[data-testid=import-error-row]")).hasCount(1);
      assertThat(errors.locator("[data-col=line]")).hasText("3");
      assertThat(errors.locator("[data-col=column]")).hasText("weight_grams");
      page.getByTestId("sku-search").fill(code);
      page.getByTestId("sku-search").press("Enter");
      assertThat(page.getByTestId("sku-empty")).isVisible();
    }
  }

  /** Opens the portal, which sends the browser to Keycloak's own login page, and signs in there. */
  private Page signIn(BrowserContext context, String username) {
    return Browser.signIn(context, portal, username, "catalogue-page");
  }
}
