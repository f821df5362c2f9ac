import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeliveryEvent, Topics } from '@sitrep/contracts';
import { decodeEvent } from '@sitrep/messaging';
import { DeliveryProjection } from './delivery.projection';

@Controller()
export class DeliveriesConsumer {
  constructor(private readonly projection: DeliveryProjection) {}

  @EventPattern(Topics.deliveries)
  async handle(@Payload() payload: unknown): Promise<void> {
    await this.projection.apply(decodeEvent(DeliveryEvent, payload));
  }
}
