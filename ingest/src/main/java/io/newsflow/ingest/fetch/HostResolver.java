package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to all its addresses; tests replace DNS with a table. */
@FunctionalInterface
interface HostResolver {

  /** The JVM's resolver, the one the HTTP client connects through (and shares a cache with). */
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
