// The tests' second setup file (vite.config.ts): every core plug-in installed from the start
// (core/api/plugins.ts: the Gateway API's and Ingress's admission steps and controllers), as ksp
// has them, so a test loads any scenario as the page's worker answers it once the plug-ins are in.
import { installPlugins } from '../src/core/scenario/index.ts';

installPlugins();
