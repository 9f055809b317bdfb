-- Stock in doubt. A short pick shows that the books of its bin are wrong for that SKU and lot: the
-- units the books still hold there may not be there. From the short pick until the bin is counted
-- (a cycle count of it CLOSED without variance, or its variance ADJUSTED), the balance is in doubt:
-- allocation does not promise its free units to any order (nor to a re-pick), and the shop sees
-- them as blocked, not available. Null: the books are trusted.
alter table wh_stock_balance add column in_doubt_since timestamptz;
