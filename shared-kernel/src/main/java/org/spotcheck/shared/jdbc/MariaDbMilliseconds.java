package org.spotcheck.shared.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

/**
 * Keeps the milliseconds of every timestamp written to MariaDB through MySQL Connector/J (issue 12 point 6).
 *
 * <p>MariaDB 10.x announces itself as "5.5.5-10.11.x-MariaDB"; MySQL Connector/J then takes it for
 * MySQL 5.5, which had no fractional seconds (they came with MySQL 5.6.4), and drops them from
 * every {@code Timestamp}, {@code Instant}, {@code LocalDateTime} or {@code OffsetDateTime} it
 * binds; Connector/J has no property to override that. So two entries written in the same second
 * lost their order. A connection wrapped here binds such values as text {@code yyyy-MM-dd HH:mm:ss.SSSSSS} in
 * UTC (the session's zone: the URL's {@code connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true}),
 * which the server reads into {@code TIMESTAMP(3)} columns with their milliseconds, and its metadata reports the
 * server's true version. The application wraps its one DataSource ({@code app.db.MillisecondTimestamps}); each
 * domain module's own tests wrap theirs ({@code ModuleTestDatabase}), so both see the same database behaviour.
 */
public final class MariaDbMilliseconds {

    static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private MariaDbMilliseconds() {
    }

    /** True when the connection is MySQL Connector/J talking to a MariaDB server: then {@link #wrap} is needed. */
    public static boolean needed(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        return meta.getURL() != null && meta.getURL().startsWith("jdbc:mysql:")
                && meta.getDatabaseProductVersion() != null && meta.getDatabaseProductVersion().contains("MariaDB");
    }

    /** The connection, with its timestamps bound with their fractions and its metadata giving MariaDB's version. */
    public static Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, new ConnectionHandler(connection));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(MariaDbMilliseconds.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && args == null) {
                return System.identityHashCode(proxy);
            }
            if (method.getName().equals("unwrap") && args != null && args[0] == Connection.class) {
                return target;
            }
            Object result = MariaDbMilliseconds.invoke(target, method, args);
            if (result instanceof DatabaseMetaData meta) {
                return proxy(DatabaseMetaData.class, meta, new MetaDataHandler(meta));
            }
            if (result instanceof CallableStatement) {
                return result; // no stored procedures here
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement, new StatementHandler(statement));
            }
            return result;
        }
    }

    /**
     * The server's true version (issue 12 point 6). Connector/J reports MariaDB 10.11
     * ("5.5.5-10.11.x-MariaDB") as 5.5, and Flowable 8 then strips the fractions from its MySQL DDL
     * ({@code AbstractSqlScriptBasedDbSchemaManager}: "Found MySQL: majorVersion=5 minorVersion=5",
     * {@code updateDdlForMySqlVersionLowerThan56}), so its ACT_HI_ and ACT_RU_ times kept whole seconds.
     * MariaDB has fractional seconds since 5.3; reported as what it is, the engine creates datetime(3).
     */
    private record MetaDataHandler(DatabaseMetaData target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ((name.equals("getDatabaseMajorVersion") || name.equals("getDatabaseMinorVersion")) && args == null) {
                int[] version = mariaDbVersion(target.getDatabaseProductVersion());
                if (version != null) {
                    return name.equals("getDatabaseMajorVersion") ? version[0] : version[1];
                }
            }
            return MariaDbMilliseconds.invoke(target, method, args);
        }
    }

    /** {@code 5.5.5-10.11.19-MariaDB-0+deb12u1} gives {10, 11}; null for anything else. */
    static int[] mariaDbVersion(String productVersion) {
        java.util.regex.Matcher m = productVersion == null ? null
                : java.util.regex.Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.\\d+-MariaDB.*").matcher(productVersion);
        return m != null && m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private record StatementHandler(PreparedStatement target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ((name.equals("setTimestamp") || name.equals("setObject")) && args != null && args.length >= 2) {
                String text = text(args[1], args.length == 3 && args[2] instanceof Calendar c ? c : null);
                if (text != null) {
                    target.setString((Integer) args[0], text);
                    return null;
                }
            }
            if (name.equals("unwrap") && args != null && args[0] == PreparedStatement.class) {
                return target;
            }
            return MariaDbMilliseconds.invoke(target, method, args);
        }
    }

    /** The value as the server's text in UTC, or null when it is no timestamp. */
    static String text(Object value, Calendar calendar) {
        if (value instanceof Timestamp t) {
            ZoneOffset zone = ZoneOffset.UTC;
            if (calendar != null) {
                zone = calendar.getTimeZone().toZoneId().getRules().getOffset(t.toInstant());
            }
            return TEXT.format(t.toInstant().atOffset(zone));
        }
        if (value instanceof Instant i) {
            return TEXT.format(i.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof OffsetDateTime o) {
            return TEXT.format(o.withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (value instanceof ZonedDateTime z) {
            return TEXT.format(z.withZoneSameInstant(ZoneOffset.UTC));
        }
        if (value instanceof LocalDateTime l) {
            return TEXT.format(l);
        }
        return null;
    }
}
