// Entry point for code outside core/fuzz: the hostile YAML generators that the CLI's tests feed
// through the same bounded parse the page's worker uses.
export { aliasedEnvDeployment, flatConfigMap, laughs } from './hostileYaml.ts';
