package cn.xingfu.canteen.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP forwarder on a free port of 127.0.0.1 that a test can cut and restore, to stand for a database, broker or
 * network that fails without stopping the shared server. {@link #cut()} closes every open connection and refuses
 * new ones, as a stopped MariaDB does; {@link #restore()} forwards again. {@link #dropResponses(boolean)} forwards
 * requests but throws the answers away and hangs up, as a network that fails after the server has done the work.
 * {@link #stall()} keeps every connection open and accepts new ones but carries no byte either way, as a network
 * that silently drops packets: nobody is told, writes still succeed into the socket buffers. {@link #restore()}
 * after a stall closes the connections that lived through it (the partition outlasted TCP's patience) and forwards
 * new ones again.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean cut = new AtomicBoolean();
    private final AtomicBoolean dropResponses = new AtomicBoolean();
    private final Object gate = new Object();
    private boolean stalled;
    private final Set<Socket> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "tcp-proxy-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections refused while cut. */
    public int refused() {
        return refused.get();
    }

    public void cut() {
        cut.set(true);
        synchronized (gate) {
            closeAll();
            gate.notifyAll();
        }
    }

    public void restore() {
        cut.set(false);
        synchronized (gate) {
            if (stalled) {
                stalled = false;
                closeAll();
            }
            gate.notifyAll();
        }
    }

    public void stall() {
        synchronized (gate) {
            stalled = true;
        }
    }

    private void closeAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
        for (Socket socket : held) {
            closeQuietly(socket);
        }
        held.clear();
    }

    /** Blocks while stalled; false when the connection must be dropped because it lived through a stall. */
    private boolean awaitFlowing() {
        synchronized (gate) {
            if (!stalled) {
                return true;
            }
            while (stalled && !cut.get()) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    public void dropResponses(boolean drop) {
        dropResponses.set(drop);
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (cut.get()) {
                refused.incrementAndGet();
                closeQuietly(client);
                continue;
            }
            if (isStalled()) {
                // the caller believes it is connected; nothing it sends ever arrives
                held.add(client);
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(new InetSocketAddress(targetHost, targetPort), 2000);
                open.add(client);
                open.add(server);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            if (!awaitFlowing()) {
                                break;
                            }
                            if (answers && dropResponses.get()) {
                                // the server has answered, so it has done the work; the caller never hears of it
                                break;
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side went away: close both below
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "tcp-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private boolean isStalled() {
        synchronized (gate) {
            return stalled;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
