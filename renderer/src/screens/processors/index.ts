export { ProcessorsScreen } from './ProcessorsScreen.tsx';
