export { OrganisationsScreen } from './OrganisationsScreen.tsx';
