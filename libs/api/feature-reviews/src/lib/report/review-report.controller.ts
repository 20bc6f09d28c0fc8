import { Controller, Get, Param, Req, StreamableFile } from '@nestjs/common';
import { ApiError, ApiErrorCode, AuthService, Public, type AuthRequest } from '@streamscape/api-graphql';
import { ReviewReportService } from './review-report.service';

/**
 * `GET /reviews/:id/report.pdf`. Declared public to the global guard, which knows roles only: a review opens
 * to its audience (roles or groups), so the route resolves the principal itself. No principal: 401; a
 * review that does not exist or that the principal may not open: 404, alike.
 */
@Public()
@Controller('reviews')
export class ReviewReportController {
  constructor(
    private readonly auth: AuthService,
    private readonly reports: ReviewReportService,
  ) {}

  @Get(':id/report.pdf')
  async report(@Param('id') id: string, @Req() request: AuthRequest): Promise<StreamableFile> {
    const principal = await this.auth.principalOf(request);
    if (!principal) throw new ApiError(ApiErrorCode.UNAUTHENTICATED, 'Sign in to read review reports');
    const pdf = await this.reports.pdf(principal, id);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="${id.replace(/[^a-z0-9-]/g, '')}.pdf"`,
      length: pdf.length,
    });
  }
}
