#!/usr/bin/env python3
"""Packs a minimal Java runtime base image as a tarball, for Jib where no container registry is reachable
(README "Operations", ADR 0016). No Docker daemon and no registry: jlink makes a JRE from the local JDK, the shared
libraries it needs are taken from this machine (ldd), and the result is written in the `docker save` layout that Jib
reads with from.image=tar://...:

    docs/tools/jre-base-image.py /tmp/spotcheck-base.tar
    ./mvnw -Pimage -DskipTests package -Djib.from.image=tar:///tmp/spotcheck-base.tar

The image holds /opt/java (the JRE, on PATH), the C libraries it links, /etc/passwd with the user 65532, /tmp and the
CJK fonts the report PDF embeds (if installed here: fonts-wqy-microhei). The libraries come from this machine's
distribution, so build the base on the same distribution as the one you trust for production, or use a published base
image (eclipse-temurin:17-jre) where a registry is reachable.
"""
import hashlib, io, json, os, subprocess, sys, tarfile, tempfile, time

MODULES = "java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http," \
          "java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.sql.rowset," \
          "java.transaction.xa,java.xml,java.xml.crypto,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.net,jdk.unsupported," \
          "jdk.zipfs,jdk.charsets,jdk.naming.dns"


def main(out):
    java_home = os.path.realpath(os.environ.get("JAVA_HOME") or os.path.dirname(os.path.dirname(os.path.realpath("/usr/bin/java"))))
    work = tempfile.mkdtemp(prefix="jre-base-")
    jre = os.path.join(work, "jre")
    subprocess.run([os.path.join(java_home, "bin", "jlink"), "--add-modules", MODULES, "--strip-debug", "--no-man-pages",
                    "--no-header-files", "--compress=2", "--include-locales=en,zh", "--output", jre], check=True)
    # the libraries the JRE links, and the dynamic loader
    libs = set()
    for root, _, files in os.walk(jre):
        for f in files:
            p = os.path.join(root, f)
            if f.endswith(".so") or p.endswith("/bin/java"):
                r = subprocess.run(["ldd", p], capture_output=True, text=True)
                for line in r.stdout.splitlines():
                    parts = line.split("=>")
                    path = (parts[1] if len(parts) > 1 else parts[0]).strip().split(" ")[0]
                    # the JRE's own libraries (libjli.so via $ORIGIN) are in the image already
                    if path.startswith("/") and os.path.exists(path) and not os.path.realpath(path).startswith(work):
                        libs.add(path)
    layer_path = os.path.join(work, "layer.tar")
    with tarfile.open(layer_path, "w") as layer:
        def add_dir(name, mode=0o755):
            info = tarfile.TarInfo(name)
            info.type, info.mode, info.mtime = tarfile.DIRTYPE, mode, 0
            layer.addfile(info)

        def add_bytes(name, data, mode=0o644):
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), mode, 0
            layer.addfile(info, io.BytesIO(data))

        def add_file(src, name):
            with open(os.path.realpath(src), "rb") as f:
                add_bytes(name, f.read(), os.stat(os.path.realpath(src)).st_mode & 0o777)

        for d in ("etc", "tmp", "opt", "usr", "usr/share", "usr/share/fonts", "usr/share/fonts/truetype", "lib", "lib64",
                  "usr/lib", "usr/lib/x86_64-linux-gnu", "lib/x86_64-linux-gnu"):
            add_dir(d, 0o1777 if d == "tmp" else 0o755)
        add_bytes("etc/passwd", b"root:x:0:0:root:/root:/sbin/nologin\nspotcheck:x:65532:65532:spotcheck:/var/lib/spotcheck:/sbin/nologin\n")
        add_bytes("etc/group", b"root:x:0:\nspotcheck:x:65532:\n")
        add_bytes("etc/nsswitch.conf", b"passwd: files\ngroup: files\nhosts: files dns\n")
        for root, dirs, files in os.walk(jre):
            rel = os.path.relpath(root, jre)
            base = "opt/java" if rel == "." else "opt/java/" + rel
            add_dir(base)
            for f in files:
                add_file(os.path.join(root, f), base + "/" + f)
        for lib in sorted(libs):
            add_file(lib, lib.lstrip("/"))
        fonts = "/usr/share/fonts/truetype/wqy"
        if os.path.isdir(fonts):
            add_dir("usr/share/fonts/truetype/wqy")
            for f in os.listdir(fonts):
                add_file(os.path.join(fonts, f), "usr/share/fonts/truetype/wqy/" + f)
    with open(layer_path, "rb") as f:
        diff_id = "sha256:" + hashlib.sha256(f.read()).hexdigest()
    config = {"architecture": "amd64", "os": "linux", "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "config": {"Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"]},
              "rootfs": {"type": "layers", "diff_ids": [diff_id]},
              "history": [{"created_by": "docs/tools/jre-base-image.py (jlink " + MODULES + ")"}]}
    config_bytes = json.dumps(config).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    manifest = [{"Config": config_name, "RepoTags": ["spotcheck-jre-base:17"], "Layers": ["layer.tar"]}]
    with tarfile.open(out, "w") as image:
        image.add(layer_path, "layer.tar")
        for name, data in ((config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            image.addfile(info, io.BytesIO(data))
    print(out, os.path.getsize(out) // (1 << 20), "MiB,", len(libs), "libraries")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "spotcheck-base.tar")
