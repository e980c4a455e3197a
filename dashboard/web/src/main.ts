import './styles.css';
import { ApiClient, ApiError } from './api/http';
import { loadSession, saveSession, type Session } from './auth/session';
import { App } from './ui/app';

// Entry point: show the (static) sign-in form until there is a session, then the application.

const signin = document.getElementById('signin') as HTMLElement;
const form = document.getElementById('signin-form') as HTMLFormElement;
const error = document.getElementById('signin-error') as HTMLElement;
const appHost = document.getElementById('app') as HTMLElement;

function start(session: Session): void {
  signin.hidden = true;
  appHost.hidden = false;
  new App(appHost, session, () => window.location.reload());
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  error.hidden = true;
  const data = new FormData(form);
  const username = String(data.get('username') ?? '').trim();
  const password = String(data.get('password') ?? '');
  const button = form.querySelector('button') as HTMLButtonElement;
  button.disabled = true;
  new ApiClient()
    .login(username, password)
    .then((login) => start(saveSession(username, login)))
    .catch((err: unknown) => {
      error.textContent = err instanceof ApiError && err.status === 401 ? 'Wrong user name or password.' : 'The server cannot be reached. Try again.';
      error.hidden = false;
    })
    .finally(() => (button.disabled = false));
});

const existing = loadSession(Date.now());
if (existing) start(existing);
