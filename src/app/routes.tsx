import { AppShell } from './app-shell'
import type { AppRoute } from './route-tree'
import { RequireWelcome } from './require-welcome'
import { TodayRoute } from './routes/today'

/** The shell with the bottom bar, once the welcome is done (Support opens before it, too). */
function WelcomedShell() {
  return (
    <RequireWelcome>
      <AppShell />
    </RequireWelcome>
  )
}

/** Today loads with the app; every other screen is its own chunk, fetched (or precached) on demand. */
export const routes: AppRoute[] = [
  {
    path: '/welcome',
    lazy: async () => ({ Component: (await import('./routes/welcome')).WelcomeRoute }),
  },
  {
    path: '/',
    Component: WelcomedShell,
    children: [
      {
        catchErrors: true,
        children: [
          { index: true, Component: TodayRoute },
          {
            path: 'journal',
            lazy: async () => ({ Component: (await import('./routes/journal')).JournalRoute }),
          },
          {
            path: 'journal/month',
            lazy: async () => ({
              Component: (await import('./routes/journal-month')).JournalMonthRoute,
            }),
          },
          {
            path: 'journal/:entryId',
            lazy: async () => ({ Component: (await import('./routes/entry')).EntryRoute }),
          },
          {
            path: 'journal/:entryId/edit',
            lazy: async () => ({ Component: (await import('./routes/entry-edit')).EntryEditRoute }),
          },
          {
            path: 'settings',
            lazy: async () => ({ Component: (await import('./routes/settings')).SettingsRoute }),
          },
          {
            path: 'settings/profile',
            lazy: async () => ({
              Component: (await import('./routes/settings-profile')).SettingsProfileRoute,
            }),
          },
          {
            path: 'settings/appearance',
            lazy: async () => ({
              Component: (await import('./routes/settings-appearance')).SettingsAppearanceRoute,
            }),
          },
          {
            path: 'settings/privacy',
            lazy: async () => ({
              Component: (await import('./routes/settings-privacy')).SettingsPrivacyRoute,
            }),
          },
          {
            path: 'settings/backup',
            lazy: async () => ({
              Component: (await import('./routes/settings-backup')).SettingsBackupRoute,
            }),
          },
          {
            path: 'settings/storage',
            lazy: async () => ({
              Component: (await import('./routes/settings-storage')).SettingsStorageRoute,
            }),
          },
          {
            path: 'settings/about',
            lazy: async () => ({
              Component: (await import('./routes/settings-about')).SettingsAboutRoute,
            }),
          },
          {
            path: 'settings/delete',
            lazy: async () => ({
              Component: (await import('./routes/settings-delete')).SettingsDeleteRoute,
            }),
          },
          {
            path: 'support',
            lazy: async () => ({ Component: (await import('./routes/support')).SupportRoute }),
          },
          {
            path: 'support/plan',
            lazy: async () => ({
              Component: (await import('./routes/safety-plan')).SafetyPlanRoute,
            }),
          },
          {
            path: 'support/people',
            lazy: async () => ({
              Component: (await import('./routes/trusted-people')).TrustedPeopleRoute,
            }),
          },
          {
            // The map and step 5's screens; the other steps' more specific paths win over this.
            path: 'journey/*',
            lazy: async () => ({
              Component: (await import('./routes/journey-screens')).JourneyScreens,
            }),
          },
          {
            path: 'progress',
            lazy: async () => ({ Component: (await import('./routes/progress')).ProgressRoute }),
          },
          {
            path: 'journey/no-contact',
            lazy: async () => ({ Component: (await import('./routes/no-contact')).NoContactRoute }),
          },
          {
            path: 'journey/no-contact/contacts/new',
            lazy: async () => ({
              Component: (await import('./routes/contact-new')).ContactNewRoute,
            }),
          },
          {
            path: 'journey/no-contact/contacts/:contactId',
            lazy: async () => ({
              Component: (await import('./routes/contact-edit')).ContactEditRoute,
            }),
          },
          {
            path: 'journey/no-contact/urge',
            lazy: async () => ({
              Component: (await import('./routes/urge-exercise')).UrgeExerciseRoute,
            }),
          },
          {
            path: 'journey/no-contact/urges/:urgeId',
            lazy: async () => ({ Component: (await import('./routes/urge-edit')).UrgeEditRoute }),
          },
          {
            path: 'journey/no-contact/social',
            lazy: async () => ({
              Component: (await import('./routes/social-checklist')).SocialChecklistRoute,
            }),
          },
          {
            path: 'journey/no-contact/last-message',
            lazy: async () => ({
              Component: (await import('./routes/last-message')).LastMessageRoute,
            }),
          },
          {
            path: 'journey/assess',
            lazy: async () => ({ Component: (await import('./routes/assess')).AssessRoute }),
          },
          {
            path: 'journey/introspect',
            lazy: async () => ({
              Component: (await import('./routes/introspect')).IntrospectRoute,
            }),
          },
          {
            path: 'journey/introspect/compare',
            lazy: async () => ({
              Component: (await import('./routes/introspect-compare')).IntrospectCompareRoute,
            }),
          },
          {
            path: 'journey/plan',
            lazy: async () => ({ Component: (await import('./routes/plan')).PlanRoute }),
          },
          {
            path: 'journey/plan/:commitmentId',
            lazy: async () => ({
              Component: (await import('./routes/plan-edit')).PlanEditRoute,
            }),
          },
          {
            path: 'journey/wellbeing',
            lazy: async () => ({ Component: (await import('./routes/wellbeing')).WellbeingRoute }),
          },
          {
            path: 'journey/habits',
            lazy: async () => ({ Component: (await import('./routes/habits')).HabitsRoute }),
          },
          {
            path: 'journey/habits/new',
            lazy: async () => ({ Component: (await import('./routes/habit-new')).HabitNewRoute }),
          },
          {
            path: 'journey/habits/:habitId',
            lazy: async () => ({ Component: (await import('./routes/habit')).HabitRoute }),
          },
          {
            path: 'journey/habits/:habitId/edit',
            lazy: async () => ({
              Component: (await import('./routes/habit-edit')).HabitEditRoute,
            }),
          },
          {
            path: 'journey/outings',
            lazy: async () => ({ Component: (await import('./routes/outings')).OutingsRoute }),
          },
          {
            path: 'journey/outings/new',
            lazy: async () => ({ Component: (await import('./routes/outing-new')).OutingNewRoute }),
          },
          {
            path: 'journey/outings/reminder',
            lazy: async () => ({
              Component: (await import('./routes/outing-reminder')).OutingReminderRoute,
            }),
          },
          {
            path: 'journey/outings/:outingId',
            lazy: async () => ({ Component: (await import('./routes/outing')).OutingRoute }),
          },
          {
            path: 'journey/outings/:outingId/edit',
            lazy: async () => ({
              Component: (await import('./routes/outing-edit')).OutingEditRoute,
            }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
          },
        ],
      },
    ],
  },
]
