import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

let document: OpenAPIObject | null = null;

/**
 * Builds the OpenAPI document of every HTTP route of the app; DocsController serves it at
 * /docs-json and the Swagger UI at /docs. (SwaggerModule.setup would register its routes after
 * the app's 404 handler, because stage apps are initialised before this runs.)
 */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Sitrep API')
    .setDescription('Incidents, alert rules, subscribers, API keys and deliveries. Authenticate with `Authorization: Bearer <key>`. '
      + 'v1.1: webhooks also carry the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) and may set `format: sitrep | slack | teams`.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  document = SwaggerModule.createDocument(app, config);
}

export function openApiDocument(): OpenAPIObject | null {
  return document;
}
