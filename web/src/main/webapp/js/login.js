// The login page: a plain form POST to /login; the server redirects back here with ?failed.
import { bindLanguageButtons, initLanguage } from './i18n.js';

// The server's redirect after a failed login loses the form; keep the username for the retry.
const USERNAME_KEY = 'pylon.login.username';

const form = document.getElementById('login-form');
const username = document.getElementById('login-username');
const submit = document.getElementById('login-submit');
const spinner = document.getElementById('login-spinner');
const failed = new URLSearchParams(location.search).has('failed');

await initLanguage();
bindLanguageButtons(document);
document.getElementById('login-failed').hidden = !failed;
if (failed) {
  username.value = sessionStorage.getItem(USERNAME_KEY) ?? '';
}
form.addEventListener('submit', () => {
  sessionStorage.setItem(USERNAME_KEY, username.value);
  submit.disabled = true;
  spinner.hidden = false;
});
// Coming back with the browser's back button shows this page from its cache: make it usable again.
window.addEventListener('pageshow', () => {
  submit.disabled = false;
  spinner.hidden = true;
});
document.body.hidden = false;
document.getElementById(username.value ? 'login-password' : 'login-username').focus();
