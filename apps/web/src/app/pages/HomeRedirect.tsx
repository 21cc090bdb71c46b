import { Navigate } from 'react-router';
import { useSession } from '../../lib/useSession';
import { homeFor } from '../layout/menu';

export default function HomeRedirect() {
  const { user } = useSession();
  return <Navigate to={homeFor(user?.role)} replace />;
}
