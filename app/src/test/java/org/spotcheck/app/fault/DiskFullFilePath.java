package org.spotcheck.app.fault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:diskfull:/path/db}) over the ordinary disk whose writes fail with "No space left on
 * device" while {@link #FULL} is set, the way the operating system answers on a full disk: the real thing, an H2 file
 * database on a small tmpfs or loop-mounted file system, needs root mounts the test suite does not have. Reads work
 * throughout, as they do on a full disk.
 */
public class DiskFullFilePath extends FilePathWrapper {

    public static final String SCHEME = "diskfull";

    /** Whether the disk is full now. */
    public static final AtomicBoolean FULL = new AtomicBoolean();

    private static final DiskFullFilePath INSTANCE = new DiskFullFilePath();

    public static void register() {
        FilePath.register(INSTANCE);
    }

    static void checkSpace() throws IOException {
        if (FULL.get()) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(super.open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        checkSpace();
        return super.newOutputStream(append);
    }

    @Override
    public boolean createFile() {
        if (FULL.get()) {
            return false;
        }
        return super.createFile();
    }

    @Override
    public FilePath createTempFile(String suffix, boolean inTempDir) throws IOException {
        checkSpace();
        return super.createTempFile(suffix, inTempDir);
    }

    /** The disk's file channel; writing, growing and syncing fail while the disk is full. */
    static final class Channel extends FileBase {

        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            checkSpace();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            checkSpace();
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            checkSpace();
            base.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }
    }
}
