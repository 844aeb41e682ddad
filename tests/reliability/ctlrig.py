"""Shared by the latchkeyctl reliability scripts: a latchkey-sandbox process, private XDG
folders, a profile made with --secret-stdin, and a Management API client of our own
(urllib) that sees the server's truth independently of Latchkey."""
import base64
import json
import os
import subprocess
import tempfile
import urllib.parse
import urllib.request


class Rig:
    def __init__(self, ctl, sandbox, name):
        self.ctl = os.path.abspath(ctl)
        self.tmp = tempfile.TemporaryDirectory(prefix=f"latchkey-{name}-")
        root = self.tmp.name
        os.chmod(root, 0o700)
        self.xdg = {k: os.path.join(root, k) for k in ("home", "config", "data", "cache")}
        for path in self.xdg.values():
            os.makedirs(path, mode=0o700)
        self.env = dict(os.environ)
        self.env.update({
            "HOME": self.xdg["home"],
            "XDG_CONFIG_HOME": self.xdg["config"],
            "XDG_DATA_HOME": self.xdg["data"],
            "XDG_CACHE_HOME": self.xdg["cache"],
            "QT_QPA_PLATFORM": "offscreen",
        })
        self.env.pop("LATCHKEY_TEST_CRASH_AT_STEP", None)
        self.sandbox_exe = os.path.abspath(sandbox)
        self.db = os.path.join(root, "sandbox.db")
        self.server = None
        self.start_sandbox()
        self.profile = f"{name}-{os.getpid()}"

    def start_sandbox(self):
        self.server = subprocess.Popen([self.sandbox_exe, "--port", "0", "--db", self.db],
                                       stdout=subprocess.PIPE, text=True)
        info = json.loads(self.server.stdout.readline())
        self.endpoint = info["endpoint"]
        self.app_id = info["appId"]
        self.app_secret = info["appSecret"]
        self.api = info["apiIndicator"]

    def stop_sandbox(self):
        if self.server:
            self.server.terminate()
            self.server.wait(30)
            self.server = None

    def close(self):
        self.stop_sandbox()
        self.tmp.cleanup()

    def run(self, *args, stdin=None, timeout=120, extra_env=None):
        env = dict(self.env)
        env.update(extra_env or {})
        return subprocess.run([self.ctl, "--profile", self.profile, *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=timeout)

    def add_profile(self, user):
        r = subprocess.run([self.ctl, "profiles", "add", self.profile, "--endpoint", self.endpoint,
                            "--app-id", self.app_id, "--user", user, "--secret-stdin"],
                           input=self.app_secret + "\n", capture_output=True, text=True,
                           env=self.env, timeout=120)
        if r.returncode != 0:
            raise RuntimeError(f"profiles add failed: {r.stderr}")
        return r

    def remove_profile(self):
        subprocess.run([self.ctl, "profiles", "remove", self.profile], capture_output=True,
                       text=True, env=self.env, timeout=120)

    # The server's view, through our own client.
    def access_token(self):
        basic = base64.b64encode(f"{self.app_id}:{self.app_secret}".encode()).decode()
        body = urllib.parse.urlencode({"grant_type": "client_credentials",
                                       "resource": self.api, "scope": "all"}).encode()
        req = urllib.request.Request(self.endpoint + "/oidc/token", data=body,
                                     headers={"Authorization": "Basic " + basic})
        with urllib.request.urlopen(req, timeout=30) as answer:
            self.last_access_token = json.load(answer)["access_token"]
            return self.last_access_token

    def get(self, path):
        req = urllib.request.Request(self.endpoint + path,
                                     headers={"Authorization": "Bearer " + self.access_token()})
        with urllib.request.urlopen(req, timeout=30) as answer:
            return json.load(answer)

    def first_user(self):
        return self.get("/api/users?page=1&page_size=1")[0]["id"]

    def server_tokens(self, user):
        return self.get(f"/api/users/{user}/personal-access-tokens")
