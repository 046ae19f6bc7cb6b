# Multi-stage image for the CBCCVC workflow application.
#   docker build -t cbccvc-workflow .                       (Maven from the OS package manager)
#   docker build --build-arg MVNW_REPOURL=<maven repo> .    (Maven pinned in .mvn/wrapper, SHA-512 checked)
# BPMN lint needs npm and runs in CI, so the image build skips it (-Dbpmnlint.skip).

FROM eclipse-temurin:17-jdk AS build
ARG MVNW_REPOURL=""
WORKDIR /src
# Without MVNW_REPOURL ./mvnw needs a Maven >= 3.8 on PATH: take the distribution's.
RUN if [ -z "$MVNW_REPOURL" ]; then \
		apt-get update && apt-get install -y --no-install-recommends maven && rm -rf /var/lib/apt/lists/*; \
	fi
COPY mvnw pom.xml ./
COPY .mvn .mvn
# Dependencies first: this layer is reused while only sources change.
RUN --mount=type=cache,target=/root/.m2 MVNW_REPOURL="$MVNW_REPOURL" ./mvnw -B -q dependency:go-offline -Dbpmnlint.skip || true
# Everything else the build needs (.dockerignore keeps target/, data/, node_modules/ and .git out).
COPY . .
RUN --mount=type=cache,target=/root/.m2 MVNW_REPOURL="$MVNW_REPOURL" ./mvnw -B -DskipTests -Dbpmnlint.skip package \
	&& mkdir -p /out \
	&& java -Djarmode=tools -jar target/cbccvc-workflow-*.jar extract --layers --launcher --destination /out

FROM eclipse-temurin:17-jre AS runtime
ENV TZ=Asia/Ho_Chi_Minh \
	LANG=C.UTF-8 \
	JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC"
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
# Spring Boot layers, least changing first.
COPY --from=build /out/dependencies/ ./
COPY --from=build /out/spring-boot-loader/ ./
COPY --from=build /out/snapshot-dependencies/ ./
COPY --from=build /out/application/ ./
RUN mkdir -p /app/data && chown -R app:app /app
USER app
EXPOSE 8080
# No curl in the JRE image: bash's /dev/tcp asks the actuator directly.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
	CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8 org.springframework.boot.loader.launch.JarLauncher \"$@\"", "--"]
