import { Controller, Get, StreamableFile } from '@nestjs/common';
import { Role, Roles } from '@streamscape/api-graphql';
import { LandscapeWorkbookService } from './landscape-workbook.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `GET /landscape.xlsx`: the landscape as a workbook, for whoever may read the views. */
@Controller()
export class LandscapeWorkbookController {
  constructor(private readonly workbooks: LandscapeWorkbookService) {}

  @Get('landscape.xlsx')
  @Roles(Role.VIEWER)
  async download(): Promise<StreamableFile> {
    const file = await this.workbooks.workbook();
    return new StreamableFile(file.content, {
      type: XLSX,
      disposition: `attachment; filename="${file.name}"`,
      length: file.content.length,
    });
  }
}
