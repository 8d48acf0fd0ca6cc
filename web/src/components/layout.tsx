/** The page frame: skip link, header with the institution and role, the main nav, the view. */
import type { ComponentChildren } from 'preact';
import { href } from '../lib/router';
import { useViewer } from '../lib/app-context';

export const NAV: { path: string; label: string }[] = [
  { path: 'programs', label: 'Programs' },
  { path: 'credentials', label: 'Credentials' },
  { path: 'what-if', label: 'What-if' },
  { path: 'scenarios', label: 'Scenarios' },
  { path: 'compare', label: 'Compare' },
  { path: 'evidence', label: 'Evidence' },
  { path: 'calibrations', label: 'Calibrations' },
  { path: 'backtests', label: 'Back-tests' },
  { path: 'optimize', label: 'Optimize' },
];

export function Layout({ section, children }: { section: string; children: ComponentChildren }) {
  const viewer = useViewer();
  return (
    <div class="app">
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header class="top">
        <span class="brand">Uplift</span>
        <span class="who">
          {viewer.institution?.name ?? 'No institution'} · <span class="role">{viewer.role}</span>
          {!viewer.canWrite && <span class="badge">read-only</span>}
        </span>
        <button type="button" class="secondary" onClick={viewer.signOut}>
          Sign out
        </button>
      </header>
      <nav aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <a href={href(item.path)} aria-current={section === item.path ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
