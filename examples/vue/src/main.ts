import { createApp } from 'vue';
// Registered before Vue mounts, so Vue sets `overrides` (an object) as a property.
import 'upper-back-surgery-elements/risk-list.js';
import App from './App.vue';

createApp(App).mount('#app');
