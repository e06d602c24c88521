# Builds Keyline from this repository and runs it against the PostgreSQL named by
# SPRING_DATASOURCE_URL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q -DskipTests package && cp target/keyline-*.jar /keyline.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app keyline
WORKDIR /app
COPY --from=build /keyline.jar /app/keyline.jar
USER keyline
EXPOSE 8080
# The JVM options README.md recommends for production (resident memory under 512 MB under load,
# see docs/performance.md).
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xms64m", "-Xmx192m", "-Xss512k", "-XX:MaxMetaspaceSize=192m", \
    "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=64m", "-XX:+UseTransparentHugePages", \
    "-jar", "/app/keyline.jar"]
