// Reads {"id", "dct", "text"} JSONL on standard input and tags each text with chrono-node,
// resolved against its document date; prints the number of expressions found.
import { createRequire } from "module";
import readline from "readline";
const require = createRequire(process.env.CHRONO_PATH + "/");
const chrono = require("chrono-node");

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let found = 0;
for await (const line of rl) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const ref = doc.dct ? new Date(doc.dct + "T12:00:00Z") : new Date();
  found += chrono.parse(doc.text, ref).length;
}
console.log(found);
