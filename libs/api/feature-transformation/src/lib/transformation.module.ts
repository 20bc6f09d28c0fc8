import { Module } from '@nestjs/common';
import { TransformationResolver } from './transformation.resolver';
import { TransformationService } from './transformation.service';

/** GraphQL API: view 4, transformation (operating modes, generations, the computed plan, friction, what-if). */
@Module({ providers: [TransformationService, TransformationResolver] })
export class TransformationModule {}
