import { Suspense } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { APP_PAGES } from '../../shared/host/hostApi';
import { FirstRunGate } from '../firstRun/FirstRunGate';
import { Loading } from '../shell/Loading';
import { Shell } from '../shell/Shell';
import { PAGE_COMPONENTS } from './pageComponents';
import { DEFAULT_PAGE, pagePath } from './pagePath';
import { RouteError } from './RouteError';

// Hash routing: the app is loaded from a file or a custom scheme, where only the hash is ours.
export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    // Reached only when the frame itself fails (its top bar reads the database too).
    errorElement: <RouteError />,
    children: [
      {
        // A pathless layout route, so a page that throws shows its error inside the shell.
        element: <FirstRunGate />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={pagePath(DEFAULT_PAGE)} replace /> },
          ...APP_PAGES.map((page) => {
            const Page = PAGE_COMPONENTS[page];
            return {
              path: page,
              element: (
                <Suspense fallback={<Loading />}>
                  <Page />
                </Suspense>
              ),
            };
          }),
          { path: '*', element: <Navigate to={pagePath(DEFAULT_PAGE)} replace /> },
        ],
      },
    ],
  },
]);
