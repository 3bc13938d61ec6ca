// Compiles static/src/engage.scss and copies GOV.UK Frontend's script and assets into static/dist.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "static", "dist");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(dist, { recursive: true });
const result = sass.compile(join(root, "static", "src", "engage.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter(root)],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(dist, "engage.css"), result.css);
cpSync(join(govuk, "govuk-frontend.min.js"), join(dist, "govuk-frontend.min.js"));
// Images only (no fonts: GDS Transport is for GOV.UK alone); the crown and crest are not used.
mkdirSync(join(dist, "assets", "images"), { recursive: true });
console.log("built static/dist/engage.css and copied govuk-frontend.min.js");
