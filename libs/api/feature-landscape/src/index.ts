export * from './lib/landscape.module';
export * from './lib/landscape-stats.model';
export * from './lib/landscape-stats.service';
export * from './lib/landscape-workbook.service';
export * from './lib/landscape-import.service';
