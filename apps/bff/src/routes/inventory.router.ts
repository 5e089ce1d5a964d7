import { Router } from 'express';
import { inventoryExportQuerySchema, inventoryQuerySchema } from '@gc/contracts';
import { parseInput } from '../middleware/validate.ts';
import { exportFileName, inventoryToCsv, inventoryToJson } from '../services/inventory-export.ts';
import type { InventoryService } from '../services/inventory-service.ts';

/** Cross-region inventory with gateway checks, and its CSV/JSON export (operators and auditors). */
export function inventoryRouter(inventory: InventoryService): Router {
  const router = Router();

  router.get('/inventory', async (req, res) => {
    const query = parseInput(inventoryQuerySchema, req.query, 'query');
    res.set('Cache-Control', 'no-store').json(await inventory.inventory(query));
  });

  router.get('/inventory/export', async (req, res) => {
    const { format, ...query } = parseInput(inventoryExportQuerySchema, req.query, 'query');
    const inv = await inventory.inventory(query);
    const body = format === 'csv' ? inventoryToCsv(inv, query) : inventoryToJson(inv, query);
    res
      .set('Cache-Control', 'no-store')
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .attachment(exportFileName(inv, format))
      .send(body);
  });

  return router;
}
