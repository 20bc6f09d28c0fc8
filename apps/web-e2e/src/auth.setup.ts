import { test as setup } from '@playwright/test';
import { demoUser, signInOnLoginPage } from './support/keycloak';
import { ADMIN_STATE } from './support/state';

// Signs in once through Keycloak's login page; the other specs reuse the session (Keycloak's SSO cookie)
setup('sign in as ada.admin', async ({ page }) => {
  await page.goto('/enterprise');
  await signInOnLoginPage(page, demoUser('ada.admin'));
  await page.context().storageState({ path: ADMIN_STATE });
});
