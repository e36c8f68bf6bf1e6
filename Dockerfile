# Build stage: the same Maven build as on a workstation, on a JDK 21.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true
COPY src ./src
RUN mvn -B -q -DskipTests package

# Runtime stage: a JRE, the jar and its libraries, a non-root user.
FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 graph2doc && useradd --system --uid 10001 --gid graph2doc --home /app graph2doc
WORKDIR /app
COPY --from=build /src/target/lib ./lib
COPY --from=build /src/target/graph2doc.jar ./graph2doc.jar
COPY migrations ./migrations
USER graph2doc
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/graph2doc.jar"]
CMD ["serve"]
