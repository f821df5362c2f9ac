#!/usr/bin/env bash
# A real, single-node Apache Kafka broker (KRaft: broker + controller in one JVM) for local
# development and tests, run from the official jars fetched from Maven Central with Maven.
# No Docker needed; with Docker, `docker compose up -d` (docker-compose.yml) is the alternative.
#
# Usage: scripts/kafka-local.sh start|stop|status|restart|logs [-f]
#
# Environment:
#   KAFKA_BROKERS          use that cluster instead; this script then starts nothing
#   KAFKA_PORT             client port (default 9092); the controller listens on KAFKA_CONTROLLER_PORT
#   KAFKA_CONTROLLER_PORT  default KAFKA_PORT + 1
#   KAFKA_FRESH=1          wipe this broker's state dir (topics, offsets) before starting
#   KAFKA_SASL_SSL_PORT    also listen there with SASL_SSL (PLAIN), as managed clusters do: a
#                          self-signed certificate for 127.0.0.1 (its PEM, to trust it, is kept at
#                          <state dir>/tls/ca.pem) and one user,
#                          KAFKA_LOCAL_SASL_USER / KAFKA_LOCAL_SASL_PASSWORD (default sitrep / sitrep-secret)
#   KAFKA_HEAP_OPTS        JVM heap (default -Xms256m -Xmx512m: the broker shares a small machine)
#   KAFKA_START_TIMEOUT    seconds to wait for the broker to serve metadata (default 60)
#   SITREP_CACHE           jar cache root (default ~/.cache/sitrep): kafka-<version>/libs
#   SITREP_STATE           state root (default ~/.cache/sitrep): kafka-data-<port>
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
POM="$SCRIPT_DIR/kafka/pom.xml"

# The pom is the one place the Kafka version is pinned.
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}
KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}
START_TIMEOUT=${KAFKA_START_TIMEOUT:-60}
STOP_TIMEOUT=30
MIN_JAVA=17 # Kafka 4.x brokers need Java 17+

CACHE_ROOT=${SITREP_CACHE:-$HOME/.cache/sitrep}
LIBS_DIR="$CACHE_ROOT/kafka-$KAFKA_VERSION/libs"
STATE_ROOT=${SITREP_STATE:-$HOME/.cache/sitrep}
STATE_DIR="$STATE_ROOT/kafka-data-$KAFKA_PORT"
DATA_DIR="$STATE_DIR/data"     # log.dirs (KRaft metadata log + topic partitions)
LOG_DIR="$STATE_DIR/logs"      # the broker's own log files
CONFIG="$STATE_DIR/server.properties"
LOG4J_CONFIG="$STATE_DIR/log4j2.properties"
PID_FILE="$STATE_DIR/kafka.pid"
CLUSTER_ID_FILE="$STATE_DIR/cluster.id"
SERVER_LOG="$LOG_DIR/server.log"
CONSOLE_LOG="$LOG_DIR/console.log" # JVM stdout/stderr (crashes before log4j is up land here)
SASL_SSL_PORT=${KAFKA_SASL_SSL_PORT:-}
TLS_DIR="$STATE_DIR/tls"
SASL_USER=${KAFKA_LOCAL_SASL_USER:-sitrep}
SASL_PASSWORD=${KAFKA_LOCAL_SASL_PASSWORD:-sitrep-secret}

log() { printf 'kafka-local: %s\n' "$*"; }
die() { printf 'kafka-local: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- checks

# Prints what is missing and how to get it; returns non-zero if anything is.
check_prerequisites() {
  local missing=()
  if ! command -v java >/dev/null 2>&1; then
    missing+=("java (Java $MIN_JAVA or newer)")
  elif [[ $(java_major_version) -lt $MIN_JAVA ]]; then
    missing+=("Java $MIN_JAVA or newer (found Java $(java_major_version))")
  fi
  # Maven is only needed for the one-time jar download.
  if ! jars_cached && ! command -v mvn >/dev/null 2>&1; then
    missing+=("mvn (Maven, to fetch the Kafka $KAFKA_VERSION jars once)")
  fi
  [[ ${#missing[@]} -eq 0 ]] && return 0

  {
    echo "kafka-local: cannot start a local Kafka broker; missing:"
    printf '  - %s\n' "${missing[@]}"
    echo "Fix it with one of:"
    echo "  - sudo apt-get install -y openjdk-17-jre-headless maven"
    echo "  - point Sitrep at an existing cluster: export KAFKA_BROKERS=host:9092"
    echo "  - with Docker: docker compose up -d   (then KAFKA_BROKERS=localhost:9092)"
  } >&2
  return 1
}

java_major_version() {
  # "openjdk version "17.0.15"" / "java version "1.8.0_392"" -> 17 / 8
  local v
  v=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- process

# Pid of the broker this script started for this port, or nothing. The pid file alone is not
# trusted (pids get reused): the process must be a kafka.Kafka using this state dir's config.
broker_pid() {
  local pid=""
  [[ -f $PID_FILE ]] && pid=$(<"$PID_FILE")
  if [[ -n $pid ]] && is_our_broker "$pid"; then
    echo "$pid"
    return 0
  fi
  # Pid file lost or stale: look the broker up by its unique config path.
  pid=$(pgrep -f -- "kafka.Kafka $CONFIG" | head -n1 || true)
  [[ -n $pid ]] && echo "$pid"
  return 0
}

is_our_broker() {
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"kafka.Kafka $CONFIG"* ]]
}

rss_mb() { awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# Serialise start/stop of one port so two concurrent callers (e.g. a test run and `npm start`)
# do not both launch a broker.
take_lock() {
  mkdir -p "$STATE_ROOT"
  exec 9>"$STATE_ROOT/kafka-$KAFKA_PORT.lock"
  if command -v flock >/dev/null 2>&1; then
    flock -w 180 9 || die "timed out waiting for another kafka-local.sh on port $KAFKA_PORT"
  fi
}

# ---------------------------------------------------------------- setup

# The cache is valid for the pom it was fetched with (a changed pom, e.g. a logging bump, refetches).
pom_sum() { sha256sum "$POM" | cut -c1-64; }
jars_cached() { [[ -f $LIBS_DIR/.pom-sha256 && $(<"$LIBS_DIR/.pom-sha256") == "$(pom_sum)" ]]; }

# Download the broker's jars once into the cache (outside the repo); later runs reuse them.
fetch_jars() {
  jars_cached && return 0
  log "fetching Apache Kafka $KAFKA_VERSION jars from Maven Central into $LIBS_DIR (once)..."
  local tmp="$LIBS_DIR.tmp.$$" t0
  t0=$(now)
  rm -rf "$tmp"
  # strip_ansi: Debian's Maven prints stray colour codes even with -B.
  if ! mvn -q -B -f "$POM" dependency:copy-dependencies -DoutputDirectory="$tmp" 2>&1 | strip_ansi; then
    rm -rf "$tmp"
    die "Maven could not fetch the Kafka jars (is Maven Central reachable? see output above)"
  fi
  pom_sum >"$tmp/.pom-sha256"
  # Swap in only when complete, so an interrupted download is never mistaken for a cache hit.
  rm -rf "$LIBS_DIR"
  mv -T "$tmp" "$LIBS_DIR"
  log "fetched $(find "$LIBS_DIR" -name '*.jar' | wc -l) jars in $(elapsed "$t0") s"
}

write_config() {
  mkdir -p "$DATA_DIR" "$LOG_DIR"
  # Regenerated on every start so edits to this script (or KAFKA_PORT) take effect.
  cat >"$CONFIG" <<EOF
# Written by scripts/kafka-local.sh; regenerated on each start.
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT${SASL_SSL_PORT:+,SASL_SSL://127.0.0.1:$SASL_SSL_PORT}
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT${SASL_SSL_PORT:+,SASL_SSL://127.0.0.1:$SASL_SSL_PORT}
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT${SASL_SSL_PORT:+,SASL_SSL:SASL_SSL}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA_DIR

# One node: every internal topic must live with replication factor 1.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1

# Tests start consumer groups constantly; do not make each one wait 3 s for more members.
group.initial.rebalance.delay.ms=0
num.partitions=3
auto.create.topics.enable=true

# Keep a dev machine's disk in check.
log.retention.hours=168
log.segment.bytes=104857600
num.network.threads=2
num.io.threads=4
EOF
  if [[ -n $SASL_SSL_PORT ]]; then
    make_tls_keystore
    cat >>"$CONFIG" <<EOF

# KAFKA_SASL_SSL_PORT: TLS with a self-signed certificate, SASL PLAIN with one user.
sasl.enabled.mechanisms=PLAIN
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_$SASL_USER="$SASL_PASSWORD";
ssl.keystore.type=PKCS12
ssl.keystore.location=$TLS_DIR/broker.p12
ssl.keystore.password=sitrep-local
ssl.key.password=sitrep-local
EOF
  fi

  cat >"$LOG4J_CONFIG" <<'EOF'
# Written by scripts/kafka-local.sh: broker logs go to a file, not the terminal.
status = warn
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = ${sys:kafka.logs.dir}/server.log
appender.file.filePattern = ${sys:kafka.logs.dir}/server.log.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 20MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 3
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
# Per-request and per-partition state chatter is noise for local work.
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
EOF
}

classpath() { echo "$LIBS_DIR/*"; }

# A self-signed certificate for 127.0.0.1/localhost, made once with the JDK's keytool.
make_tls_keystore() {
  [[ -s $TLS_DIR/broker.p12 && -s $TLS_DIR/ca.pem ]] && return 0
  command -v keytool >/dev/null 2>&1 || die "keytool (from the JDK) is needed for KAFKA_SASL_SSL_PORT"
  mkdir -p "$TLS_DIR"
  rm -f "$TLS_DIR/broker.p12" "$TLS_DIR/ca.pem"
  keytool -genkeypair -alias broker -keyalg RSA -keysize 2048 -validity 3650 -dname "CN=localhost" \
    -ext "SAN=ip:127.0.0.1,dns:localhost" -keystore "$TLS_DIR/broker.p12" -storetype PKCS12 \
    -storepass sitrep-local -keypass sitrep-local >"$LOG_DIR/keytool.log" 2>&1 ||
    die "keytool failed; see $LOG_DIR/keytool.log"
  keytool -exportcert -alias broker -rfc -file "$TLS_DIR/ca.pem" -keystore "$TLS_DIR/broker.p12" \
    -storepass sitrep-local >>"$LOG_DIR/keytool.log" 2>&1 || die "keytool failed; see $LOG_DIR/keytool.log"
}

# KRaft storage must be formatted once with a cluster id; the id is kept in the state dir.
format_storage_once() {
  [[ -f $DATA_DIR/meta.properties ]] && return 0
  if [[ ! -s $CLUSTER_ID_FILE ]]; then
    java -cp "$(classpath)" kafka.tools.StorageTool random-uuid >"$CLUSTER_ID_FILE"
  fi
  log "formatting KRaft storage (cluster id $(<"$CLUSTER_ID_FILE"))"
  java -cp "$(classpath)" kafka.tools.StorageTool format \
    -t "$(<"$CLUSTER_ID_FILE")" -c "$CONFIG" >"$LOG_DIR/format.log" 2>&1 ||
    die "formatting KRaft storage failed; see $LOG_DIR/format.log"
}

# ---------------------------------------------------------------- start / wait

launch_broker() {
  # Each start gets a fresh log, so the log shows this run (the previous one is kept).
  [[ -f $SERVER_LOG ]] && mv -f "$SERVER_LOG" "$SERVER_LOG.prev"
  # setsid: the broker must outlive the shell (or test runner) that started it.
  # 9>&-: it must not inherit the start/stop lock, or the lock would live as long as the broker.
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS is a list of JVM flags
  setsid java $KAFKA_HEAP_OPTS \
    -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$LOG4J_CONFIG" -Dkafka.logs.dir="$LOG_DIR" \
    -cp "$(classpath)" kafka.Kafka "$CONFIG" \
    </dev/null >"$CONSOLE_LOG" 2>&1 9>&- &
  echo $! >"$PID_FILE"
}

# Serving = the port answers AND a real client gets cluster metadata back (not just an open socket:
# a KRaft broker listens well before it has caught up with the metadata log and is unfenced).
broker_serves_metadata() {
  port_open "$KAFKA_PORT" || return 1
  if have_node_client; then
    KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" node "$SCRIPT_DIR/ensure-topics.js" --probe >/dev/null 2>&1
  else
    broker_logged_started # no Node client available: trust the broker's own word
  fi
}

have_node_client() { command -v node >/dev/null 2>&1 && [[ -d $REPO_ROOT/node_modules/kafkajs ]]; }

# The broker's own "started" line (the log is fresh for each start). Cheap to poll, unlike
# starting a Node client, which on a 2-core machine would steal CPU from the starting JVM.
broker_logged_started() { grep -q 'Kafka Server started' "$SERVER_LOG" 2>/dev/null; }

# Args: pid, launch time, and "fresh" for a broker just launched: then poll its (fresh) log first
# and only confirm with a real metadata request once it says it started.
wait_until_ready() {
  local pid=$1 t0=$2 fresh=${3:-}
  until { [[ -z $fresh ]] || broker_logged_started; } && broker_serves_metadata; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      show_failure "the broker exited during start-up"
    fi
    if (($(date +%s) - ${t0%.*} >= START_TIMEOUT)); then
      show_failure "the broker did not serve metadata within ${START_TIMEOUT}s (still running as pid $pid; '$0 stop' to stop it)"
    fi
    sleep 0.2
  done
}

show_failure() {
  {
    echo "kafka-local: $1."
    echo "  log:     $SERVER_LOG"
    echo "  console: $CONSOLE_LOG"
    echo "---- last lines of the log ----"
    tail -n 20 "$SERVER_LOG" 2>/dev/null || true
    tail -n 10 "$CONSOLE_LOG" 2>/dev/null || true
  } >&2
  exit 1
}

ensure_topics() {
  if ! have_node_client; then
    log "node or node_modules/kafkajs missing: topics not created (npm install, then node scripts/ensure-topics.js)"
    return 0
  fi
  KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" node "$SCRIPT_DIR/ensure-topics.js" ||
    die "broker is up but creating the topics failed (see above)"
}

strip_ansi() { sed -u 's/\x1b\[[0-9;]*m//g'; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------- commands

cmd_start() {
  if [[ -n ${KAFKA_BROKERS:-} ]]; then
    log "KAFKA_BROKERS=$KAFKA_BROKERS is set: using that cluster, not starting a local broker."
    return 0
  fi
  take_lock

  local pid
  pid=$(broker_pid)
  if [[ -n $pid && ${KAFKA_FRESH:-} == 1 ]]; then
    log "KAFKA_FRESH=1: stopping the running broker (pid $pid) to wipe its state"
    stop_broker "$pid"
    pid=""
  fi
  if [[ -n $pid ]]; then
    if ! broker_serves_metadata; then
      # e.g. a previous start timed out while the broker was still coming up: wait for it again.
      log "running (pid $pid) but not serving yet; waiting up to ${START_TIMEOUT}s"
      wait_until_ready "$pid" "$(now)"
      ensure_topics
    fi
    log "already running on 127.0.0.1:$KAFKA_PORT (pid $pid, Kafka $KAFKA_VERSION)"
    return 0
  fi
  if port_open "$KAFKA_PORT"; then
    die "port $KAFKA_PORT is in use by a process this script did not start. If it is a Kafka broker, set KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT; otherwise free the port or use another KAFKA_PORT."
  fi
  if port_open "$KAFKA_CONTROLLER_PORT"; then
    die "controller port $KAFKA_CONTROLLER_PORT is in use; set KAFKA_CONTROLLER_PORT to a free port."
  fi

  check_prerequisites || exit 1
  if [[ ${KAFKA_FRESH:-} == 1 && -d $STATE_DIR ]]; then
    log "KAFKA_FRESH=1: wiping $STATE_DIR"
    rm -rf "$STATE_DIR"
  fi
  fetch_jars
  write_config
  format_storage_once

  local t0
  t0=$(now)
  launch_broker
  pid=$(<"$PID_FILE")
  log "starting Kafka $KAFKA_VERSION (pid $pid) on 127.0.0.1:$KAFKA_PORT, controller :$KAFKA_CONTROLLER_PORT; log: $SERVER_LOG"
  wait_until_ready "$pid" "$t0" fresh
  log "broker ready in $(elapsed "$t0") s (launch to serving metadata), RSS $(rss_mb "$pid")"
  if [[ -n $SASL_SSL_PORT ]]; then log "SASL_SSL on 127.0.0.1:$SASL_SSL_PORT (PLAIN, user $SASL_USER); certificate: $TLS_DIR/ca.pem"; fi
  ensure_topics
}

# SIGTERM (controlled shutdown), wait, then SIGKILL if it hangs.
stop_broker() {
  local pid=$1 waited=0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT * 2)); do
    sleep 0.5
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "broker (pid $pid) ignored SIGTERM for ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$PID_FILE"
}

cmd_stop() {
  if [[ -n ${KAFKA_BROKERS:-} ]]; then
    log "KAFKA_BROKERS=$KAFKA_BROKERS is set: that cluster is not managed here; nothing to stop."
    return 0
  fi
  take_lock
  local pid
  pid=$(broker_pid)
  if [[ -z $pid ]]; then
    rm -f "$PID_FILE"
    log "not running on port $KAFKA_PORT"
    return 0
  fi
  log "stopping Kafka (pid $pid)..."
  stop_broker "$pid"
  log "stopped"
}

cmd_status() {
  if [[ -n ${KAFKA_BROKERS:-} ]]; then
    log "KAFKA_BROKERS=$KAFKA_BROKERS is set: using that cluster (not managed by this script)"
    return 0
  fi
  local pid
  pid=$(broker_pid)
  if [[ -z $pid ]]; then
    log "not running on port $KAFKA_PORT"
    return 1
  fi
  if broker_serves_metadata; then
    log "running: Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (pid $pid, RSS $(rss_mb "$pid")), state $STATE_DIR"
  else
    log "running but not serving yet: pid $pid on port $KAFKA_PORT; log: $SERVER_LOG"
  fi
  return 0
}

cmd_logs() {
  [[ -f $SERVER_LOG ]] || die "no log yet at $SERVER_LOG"
  if [[ ${1:-} == -f ]]; then
    exec tail -n 100 -F "$SERVER_LOG"
  fi
  tail -n 200 "$SERVER_LOG"
}

usage() {
  echo "usage: $0 start|stop|status|restart|logs [-f]" >&2
  exit 2
}

main() {
  case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    restart)
      # Run stop in a subshell so its lock is released before start takes it again.
      (cmd_stop)
      cmd_start
      ;;
    logs) cmd_logs "${2:-}" ;;
    *) usage ;;
  esac
}

main "$@"
