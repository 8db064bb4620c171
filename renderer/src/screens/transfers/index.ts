export { TransfersScreen } from './TransfersScreen.tsx';
