// monaco-yaml's language worker, bundled by Vite through `?worker` (monaco-yaml FAQ wrapper).
import 'monaco-yaml/yaml.worker.js';
