// A small Better Auth server for pwreset's tests: email and password, the core link reset and
// (unless BA_MODE=link) the email-OTP plugin, SQLite through better-sqlite3. Mail is an outbox
// of JSON lines (BA_OUTBOX). BA_RATE_LIMIT=1 turns Better Auth's rate limits on, as production
// has them. One test-only route, POST /test/age?email=E, makes E's codes and reset tokens
// expired (what waiting them out would do). Only the test run starts it.
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";
import Database from "better-sqlite3";
import { betterAuth } from "better-auth";
import { toNodeHandler } from "better-auth/node";
import { getMigrations } from "better-auth/db/migration";
import { emailOTP } from "better-auth/plugins";

const env = process.env;
const outbox = (entry) => appendFileSync(env.BA_OUTBOX, JSON.stringify(entry) + "\n");
const db = new Database(env.BA_DB);
const baseURL = `http://127.0.0.1:${env.BA_PORT}`;

const auth = betterAuth({
  baseURL,
  secret: "pwreset-tests-only-secret-0123456789abcdef",
  database: db,
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 10,
    resetPasswordTokenExpiresIn: 3600,
    revokeSessionsOnPasswordReset: true,
    sendResetPassword: async ({ user, url, token }) =>
      outbox({ kind: "link", email: user.email, url, token }),
  },
  plugins:
    env.BA_MODE === "link"
      ? []
      : [
          emailOTP({
            otpLength: 6,
            expiresIn: 300,
            allowedAttempts: 3,
            sendVerificationOTP: async ({ email, otp, type }) =>
              outbox({ kind: "otp", email, otp, type }),
          }),
        ],
  rateLimit: { enabled: env.BA_RATE_LIMIT === "1" },
  advanced: { disableCSRFCheck: false },
});

const { runMigrations } = await getMigrations(auth.options);
await runMigrations();

const handler = toNodeHandler(auth);
createServer((req, res) => {
  const url = new URL(req.url, baseURL);
  if (req.method === "POST" && url.pathname === "/test/age") {
    const email = url.searchParams.get("email");
    const past = new Date(Date.now() - 86400_000).toISOString();
    const user = db.prepare("SELECT id FROM user WHERE email = ?").get(email);
    const aged =
      db.prepare("UPDATE verification SET expiresAt = ? WHERE identifier LIKE ?").run(past, `%-otp-${email}`).changes +
      (user ? db.prepare("UPDATE verification SET expiresAt = ? WHERE value = ?").run(past, user.id).changes : 0);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ aged }));
    return;
  }
  handler(req, res);
}).listen(Number(env.BA_PORT), "127.0.0.1", () => console.log("ready"));
