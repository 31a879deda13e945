#!/usr/bin/env node
/**
 * `npm start`: make sure there is a localhost certificate, serve the add-in over HTTPS on
 * https://localhost:3000, and say (in Dutch and English) how to open it in Word.
 * On Windows and macOS it also sideloads into desktop Word through office-addin-debugging,
 * run with npx because as a dependency it breaks `npm install` on Linux (native keychain module).
 */
const fs = require("fs");
const net = require("net");
const path = require("path");
const { spawn } = require("child_process");
const { X509Certificate } = require("crypto");
const devCerts = require("office-addin-dev-certs");

const ROOT = path.resolve(__dirname, "..");
const PORT = 3000;
const HOST = `https://localhost:${PORT}`;
const CERT_DIR = path.join(require("os").homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["ca.crt", "localhost.crt", "localhost.key"];

/** The three files exist and the localhost certificate is still valid for a day or more. */
function usableCertificateFiles() {
  if (!CERT_FILES.every((name) => fs.existsSync(path.join(CERT_DIR, name)))) return false;
  try {
    const certificate = new X509Certificate(fs.readFileSync(path.join(CERT_DIR, "localhost.crt")));
    return new Date(certificate.validTo).getTime() > Date.now() + 24 * 60 * 60 * 1000;
  } catch {
    return false;
  }
}

function warnNotTrusted(reason) {
  console.warn(
    [
      "",
      `Let op: het certificaat staat in ${CERT_DIR}, maar is niet als vertrouwd geïnstalleerd (${reason}).`,
      `  Vertrouw ${path.join(CERT_DIR, "ca.crt")} in je browser of systeem, of accepteer de waarschuwing op ${HOST}.`,
      `Note: the certificate is in ${CERT_DIR} but was not installed as trusted.`,
      `  Trust ca.crt in your browser or system, or accept the warning once at ${HOST}.`,
      "",
    ].join("\n")
  );
}

async function ensureCertificates() {
  // On Linux the CA can only be installed with sudo, so office-addin-dev-certs never finds it
  // installed and would make a new CA on every start, undoing the trust a user gave the old one
  // in their browser. Keep valid files; make new ones only when they are missing or expiring.
  if (process.platform === "linux") {
    if (!usableCertificateFiles()) await devCerts.generateCertificates();
    warnNotTrusted("Linux: installeren vraagt sudo / installing needs sudo");
    return;
  }
  try {
    await devCerts.ensureCertificatesAreInstalled();
  } catch (error) {
    // Installing the CA needs a keychain or certificate-store prompt; the files may exist anyway.
    if (!usableCertificateFiles()) await devCerts.generateCertificates();
    warnNotTrusted(error.message.trim());
  }
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`port ${port} did not open`));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

function printHowToOpen() {
  console.log(
    [
      "",
      "──────────────────────────────────────────────────────────────────────",
      `Argumentenhulp draait op ${HOST}`,
      "",
      "In Word op het web: Invoegen → Invoegtoepassingen → Mijn invoegtoepassingen →",
      `  Mijn invoegtoepassing uploaden → kies ${path.join(ROOT, "manifest.xml")}`,
      `Voorbeeld zonder Word: ${HOST}/preview.html`,
      "",
      "In Word on the web: Insert → Add-ins → My Add-ins → Upload My Add-in →",
      `  choose ${path.join(ROOT, "manifest.xml")}`,
      `Preview without Word: ${HOST}/preview.html`,
      "",
      "Stoppen / stop: Ctrl+C",
      "──────────────────────────────────────────────────────────────────────",
      "",
    ].join("\n")
  );
}

function run(command, args, options = {}) {
  return spawn(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
  });
}

async function main() {
  await ensureCertificates();
  const server = run(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
    {
      env: { ...process.env, ARGUMENTENHULP_CERTS_CHECKED: "1" },
    }
  );
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  await waitForPort(PORT, 120000);
  printHowToOpen();

  if (process.platform === "win32" || process.platform === "darwin") {
    console.log(
      "Word openen met de invoegtoepassing / opening Word with the add-in (office-addin-debugging)…"
    );
    const sideload = run("npx", [
      "--yes",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "word",
      // Our server is already listening on this port, so it does not start another one.
      "--dev-server-port",
      String(PORT),
      "--no-debug",
    ]);
    sideload.on("exit", (code) => {
      if (code !== 0) {
        console.warn("Automatisch laden in Word lukte niet; upload manifest.xml zelf (zie boven).");
        console.warn("Sideloading into Word failed; upload manifest.xml yourself (see above).");
      }
    });
  }
}

main().catch((error) => {
  console.error(`npm start mislukt / failed: ${error.message}`);
  process.exit(1);
});
