//! Reading order. The page is cut into horizontal bands wherever whitespace crosses it; bands
//! that share a vertical gutter are rejoined into one region, so columns and sidebars stay
//! whole; a region with a gutter is either a table (cells top-aligned row by row, read row by
//! row) or columns (read left to right, each top to bottom). Bands without a gutter are lines
//! read top to bottom.

use super::coord::{max, min};
use super::segments::Segment;

/// A line of the page in reading order: segments on one baseline, left to right.
#[derive(Clone, Debug)]
pub struct LineItem {
    pub segments: Vec<Segment>,
    /// The column the line stands in (for judging soft wraps).
    pub column: Column,
}

/// A column of text: the extent its lines reach, and how far right a line could have gone
/// before running into the next column (the middle of the gutter) or the page margin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    pub x0: f32,
    pub x1: f32,
    pub limit: f32,
}

/// One unit of reading order.
#[derive(Clone, Debug)]
pub enum Item {
    Line(LineItem),
    /// A table row: its cells left to right, each with its lines top to bottom.
    Row(Vec<Vec<LineItem>>),
    /// The end of a table (consecutive rows of one table belong together).
    TableEnd,
}

/// Narrowest whitespace accepted as a gutter between columns or table cells, in ems.
const MIN_GUTTER_EM: f32 = 0.6;
/// How far two bands may overlap and still be cut apart, in ems (tight leading).
const BAND_OVERLAP_EM: f32 = 0.3;
/// Largest vertical gap inside one column region, in ems.
const MAX_COLUMN_GAP_EM: f32 = 3.0;
/// Deepest recursion of cuts (columns inside tables inside columns …).
const MAX_DEPTH: usize = 12;

/// Orders the segments of a page `page_width` wide.
pub fn reading_order(segments: Vec<Segment>, page_width: f32) -> Vec<Item> {
    let mut out = Vec::new();
    let ids: Vec<usize> = (0..segments.len()).collect();
    // The right margin mirrors the left one, as on nearly every page.
    let left = segments.iter().map(|s| s.bbox.x0).fold(f32::MAX, min);
    let limit = if left < page_width {
        page_width - max(left, 0.0)
    } else {
        page_width
    };
    cut(&segments, ids, 0, limit, &mut out);
    // Hand the segments out by moving them: rebuild from indices.
    out.into_iter().map(|item| item.resolve(&segments)).collect()
}

/// A line as segment indices, with its column.
type PendingLine = (Vec<usize>, Column);

/// Items referring to segments by index while cutting.
enum Pending {
    Line(Vec<usize>, Column),
    Row(Vec<Vec<PendingLine>>),
    TableEnd,
}

impl Pending {
    fn resolve(self, segments: &[Segment]) -> Item {
        let line = |ids: Vec<usize>, column: Column| LineItem {
            segments: ids.iter().map(|&i| segments[i].clone()).collect(),
            column,
        };
        match self {
            Pending::Line(ids, column) => Item::Line(line(ids, column)),
            Pending::Row(cells) => Item::Row(
                cells
                    .into_iter()
                    .map(|cell| cell.into_iter().map(|(ids, c)| line(ids, c)).collect())
                    .collect(),
            ),
            Pending::TableEnd => Item::TableEnd,
        }
    }
}

fn median_size(segs: &[Segment], ids: &[usize]) -> f32 {
    let mut sizes: Vec<f32> = ids.iter().map(|&i| segs[i].size).collect();
    sizes.sort_by(f32::total_cmp);
    max(sizes.get(sizes.len() / 2).copied().unwrap_or(10.0), 1.0)
}

/// Splits `ids` into bands: maximal groups whose vertical extents chain-overlap.
fn bands(segs: &[Segment], mut ids: Vec<usize>) -> Vec<Vec<usize>> {
    ids.sort_by(|&a, &b| segs[a].bbox.y0.total_cmp(&segs[b].bbox.y0));
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut bottom = f32::MIN;
    for id in ids {
        let s = &segs[id];
        let tolerance = BAND_OVERLAP_EM * s.size;
        match out.last_mut() {
            Some(band) if s.bbox.y0 < bottom - tolerance => {
                band.push(id);
                bottom = max(bottom, s.bbox.y1);
            }
            _ => {
                out.push(vec![id]);
                bottom = s.bbox.y1;
            }
        }
    }
    out
}

/// Interior vertical gutters of a set of segments: x-intervals free of text with text on both
/// sides, at least `min_width` wide.
fn gutters(segs: &[Segment], ids: &[usize], min_width: f32) -> Vec<(f32, f32)> {
    let mut spans: Vec<(f32, f32)> = ids.iter().map(|&i| (segs[i].bbox.x0, segs[i].bbox.x1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::new();
    let mut reach = f32::MIN;
    for (x0, x1) in spans {
        if reach > f32::MIN && x0 - reach >= min_width {
            out.push((reach, x0));
        }
        reach = max(reach, x1);
    }
    out
}

fn extent(segs: &[Segment], ids: &[usize]) -> (f32, f32) {
    ids.iter().fold((f32::MAX, f32::MIN), |(a, b), &i| {
        (min(a, segs[i].bbox.x0), max(b, segs[i].bbox.x1))
    })
}

fn cut(segs: &[Segment], ids: Vec<usize>, depth: usize, limit: f32, out: &mut Vec<Pending>) {
    if ids.is_empty() {
        return;
    }
    let (x0, x1) = extent(segs, &ids);
    let column = Column { x0, x1, limit };
    let em = median_size(segs, &ids);
    let min_gutter = MIN_GUTTER_EM * em;
    let rows = bands(segs, ids);
    // Rejoin consecutive bands while together they keep an interior gutter, and neither the
    // region's gutters nor the band's own are closed by the other (a heading above a table
    // must not swallow the gutter between the table's first columns).
    let mut regions: Vec<Vec<usize>> = Vec::new();
    let mut region_gutters: Vec<Vec<(f32, f32)>> = Vec::new();
    for band in rows {
        let band_gutters = gutters(segs, &band, min_gutter);
        let merged = regions.last().zip(region_gutters.last()).and_then(|(r, rg)| {
            // Columns run on with ordinary spacing; a band far below (a footer) starts afresh.
            let region_bottom = r.iter().map(|&i| segs[i].bbox.y1).fold(f32::MIN, max);
            let band_top = band.iter().map(|&i| segs[i].bbox.y0).fold(f32::MAX, min);
            if band_top - region_bottom > MAX_COLUMN_GAP_EM * em {
                return None;
            }
            let mut m = r.clone();
            m.extend_from_slice(&band);
            let mg = gutters(segs, &m, min_gutter);
            let kept = |g: &(f32, f32)| mg.iter().any(|h| h.0 < g.1 && g.0 < h.1);
            (!mg.is_empty() && rg.iter().all(kept) && band_gutters.iter().all(kept)).then_some((m, mg))
        });
        match merged {
            Some((m, mg)) => {
                if let (Some(r), Some(g)) = (regions.last_mut(), region_gutters.last_mut()) {
                    *r = m;
                    *g = mg;
                }
            }
            None => {
                regions.push(band);
                region_gutters.push(band_gutters);
            }
        }
    }
    let region_has_gutter: Vec<bool> = region_gutters.iter().map(|g| !g.is_empty()).collect();
    for (region, has_gutter) in regions.into_iter().zip(region_has_gutter) {
        if !has_gutter || depth >= MAX_DEPTH {
            emit_lines(segs, region, column, out);
            continue;
        }
        let gutters = gutters(segs, &region, min_gutter);
        // A column may reach up to the middle of the gutter on its right.
        let limit_of = |index: usize| gutters.get(index).map_or(limit, |g| (g.0 + g.1) / 2.0);
        if let Some(rows) = as_table(segs, &region, &gutters) {
            // Cells of one table column share that column's extent and limit.
            let table_columns: Vec<Column> = (0..=gutters.len())
                .map(|c| {
                    let ids: Vec<usize> = rows
                        .iter()
                        .flat_map(|r| r.get(c).into_iter().flatten().copied())
                        .collect();
                    let (x0, x1) = extent(segs, &ids);
                    Column {
                        x0,
                        x1,
                        limit: limit_of(c),
                    }
                })
                .collect();
            for row in rows {
                let cells = row
                    .into_iter()
                    .enumerate()
                    .map(|(c, cell)| {
                        let column = table_columns.get(c).copied().unwrap_or(Column { x0, x1, limit });
                        let mut lines = Vec::new();
                        emit_lines(segs, cell, column, &mut lines);
                        lines
                            .into_iter()
                            .filter_map(|p| match p {
                                Pending::Line(ids, c) => Some((ids, c)),
                                _ => None,
                            })
                            .collect()
                    })
                    .collect();
                out.push(Pending::Row(cells));
            }
            out.push(Pending::TableEnd);
        } else {
            for (index, col) in split_columns(segs, &region, &gutters) {
                cut(segs, col, depth + 1, limit_of(index), out);
            }
        }
    }
}

/// The column of `seg` between `gutters` (sorted left to right), by its centre.
fn column_index(seg: &Segment, gutters: &[(f32, f32)]) -> usize {
    let center = (seg.bbox.x0 + seg.bbox.x1) / 2.0;
    gutters.iter().take_while(|g| center > g.1).count()
}

/// Segments of a region split at its gutters, left to right, with their column index.
fn split_columns(segs: &[Segment], region: &[usize], gutters: &[(f32, f32)]) -> Vec<(usize, Vec<usize>)> {
    let mut columns = vec![Vec::new(); gutters.len() + 1];
    for &id in region {
        columns[column_index(&segs[id], gutters)].push(id);
    }
    columns
        .into_iter()
        .enumerate()
        .filter(|(_, c)| !c.is_empty())
        .collect()
}

/// The rows of a region if it reads as a table. A row starts with a band that has text in
/// the first column (or in several columns); bands with text only further right continue the
/// row's cells. It is a table when the cells of each row start on one baseline, no row has
/// more than one cell of over two lines, and no cell's text runs on into the next row's cell
/// as a wrapped paragraph would: that is what columns of running text do.
fn as_table(segs: &[Segment], region: &[usize], gutters: &[(f32, f32)]) -> Option<Vec<Vec<Vec<usize>>>> {
    let column_of = |id: usize| column_index(&segs[id], gutters);
    // Rows are separated by more space than the lines inside a cell, when the two differ.
    let bands = bands(segs, region.to_vec());
    let extent_y = |band: &[usize]| {
        band.iter().fold((f32::MAX, f32::MIN), |(a, b), &i| {
            (min(a, segs[i].bbox.y0), max(b, segs[i].bbox.y1))
        })
    };
    let gaps: Vec<f32> = bands
        .windows(2)
        .map(|w| extent_y(&w[1]).0 - extent_y(&w[0]).1)
        .collect();
    let min_gap = gaps.iter().copied().fold(f32::MAX, min);
    let size = median_size(segs, region);
    let spaced_rows = gaps.iter().any(|&g| g > min_gap + 0.3 * size);
    let ncols = gutters.len() + 1;
    // A form's narrow column of labels beside its values (not two columns of text alike).
    let width_of = |c: usize| {
        let (x0, x1) = region
            .iter()
            .filter(|&&id| column_of(id) == c)
            .fold((f32::MAX, f32::MIN), |(a, b), &id| {
                (min(a, segs[id].bbox.x0), max(b, segs[id].bbox.x1))
            });
        x1 - x0
    };
    let label_column = ncols == 2 && width_of(0) <= 0.5 * width_of(1);
    let group = |spaced: bool| {
        let mut rows: Vec<Vec<usize>> = Vec::new();
        for (k, band) in bands.iter().enumerate() {
            let in_first_column = band.iter().any(|&id| column_of(id) == 0);
            let gap = k
                .checked_sub(1)
                .and_then(|i| gaps.get(i))
                .copied()
                .unwrap_or(f32::MAX);
            // A band with text in every one of three or more columns is a row of its own
            // (a spreadsheet's numbered rows set as closely as the lines of a wrapped cell).
            let full = ncols >= 3 && (0..ncols).all(|c| band.iter().any(|&id| column_of(id) == c));
            // In a form's label column, a line that goes on in lower case right under the one
            // before ("Функциональные" / "обязанности"), beside nothing but other lines going
            // on, wraps that row's label; it starts no row.
            let goes_on = |c: usize| {
                band.iter()
                    .filter(|&&id| column_of(id) == c)
                    .min_by(|&&a, &&b| segs[a].bbox.x0.total_cmp(&segs[b].bbox.x0))
                    .is_none_or(|&id| segs[id].text().chars().next().is_some_and(char::is_lowercase))
            };
            let wraps_label = label_column
                && k > 0
                && gap <= min_gap + 0.3 * size
                && bands[k - 1].iter().any(|&id| column_of(id) == 0)
                && in_first_column
                && (0..ncols).all(goes_on);
            let starts_row =
                in_first_column && !wraps_label && (!spaced || full || gap > min_gap + 0.3 * size);
            match rows.last_mut() {
                Some(row) if !starts_row => row.extend(band),
                _ => rows.push(band.clone()),
            }
        }
        rows
    };
    // Wider gaps may part rows of multi-line cells, or only set off a heading above a table of
    // one-line rows: when the first reading is no table, the second is tried.
    table_of_rows(segs, region, gutters, group(spaced_rows)).or_else(|| {
        spaced_rows
            .then(|| table_of_rows(segs, region, gutters, group(false)))
            .flatten()
    })
}

/// The cells of `rows` if they read as a table (see [`as_table`]).
fn table_of_rows(
    segs: &[Segment],
    region: &[usize],
    gutters: &[(f32, f32)],
    rows: Vec<Vec<usize>>,
) -> Option<Vec<Vec<Vec<usize>>>> {
    let column_of = |id: usize| column_index(&segs[id], gutters);
    let ncols = gutters.len() + 1;
    let mut table = Vec::new();
    let mut multi_cell_rows = 0;
    for row in &rows {
        let mut cells: Vec<Vec<usize>> = vec![Vec::new(); ncols];
        for &id in row {
            cells[column_of(id).min(ncols - 1)].push(id);
        }
        let size = median_size(segs, row);
        let filled: Vec<&Vec<usize>> = cells.iter().filter(|c| !c.is_empty()).collect();
        if filled.len() >= 2 {
            multi_cell_rows += 1;
            let tops: Vec<f32> = filled
                .iter()
                .map(|c| c.iter().map(|&i| segs[i].baseline).fold(f32::MAX, min))
                .collect();
            let top = tops.iter().copied().fold(f32::MAX, min);
            if tops.iter().any(|t| (t - top).abs() > 0.5 * size) {
                return None;
            }
            if filled.iter().filter(|c| line_count(segs, c) > 2).count() > 1 {
                return None;
            }
        }
        table.push(cells);
    }
    if multi_cell_rows == 0 || multi_cell_rows * 2 < table.len() {
        return None;
    }
    // A cell whose last line wraps into the same column of the next row: running text.
    for col in 0..ncols {
        let column_right = region
            .iter()
            .filter(|&&id| column_of(id) == col)
            .map(|&id| segs[id].bbox.x1)
            .fold(f32::MIN, max);
        let column_left = region
            .iter()
            .filter(|&&id| column_of(id) == col)
            .map(|&id| segs[id].bbox.x0)
            .fold(f32::MAX, min);
        let width = column_right - column_left;
        for pair in table.windows(2) {
            let last = pair[0][col]
                .iter()
                .copied()
                .max_by(|&a, &b| segs[a].baseline.total_cmp(&segs[b].baseline));
            let next = pair[1][col]
                .iter()
                .copied()
                .min_by(|&a, &b| segs[a].baseline.total_cmp(&segs[b].baseline));
            let (Some(a), Some(b)) = (last, next) else {
                continue;
            };
            let (a, b) = (&segs[a], &segs[b]);
            let leading = b.baseline - a.baseline;
            // Prose continues in lower case; a table's next cell starts afresh.
            let continues = b.text().chars().next().is_some_and(char::is_lowercase);
            let wrapped = continues
                && a.bbox.x1 >= column_right - 0.15 * max(width, 1.0)
                && leading <= 1.6 * a.size
                && (b.bbox.x0 - a.bbox.x0).abs() < a.size;
            if wrapped {
                return None;
            }
        }
    }
    Some(table)
}

/// Number of distinct baselines among `ids`.
fn line_count(segs: &[Segment], ids: &[usize]) -> usize {
    let mut baselines: Vec<(f32, f32)> = ids.iter().map(|&i| (segs[i].baseline, segs[i].size)).collect();
    baselines.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut n = 0;
    let mut last = f32::MIN;
    for (b, s) in baselines {
        if b - last > 0.3 * s {
            n += 1;
            last = b;
        }
    }
    n
}

/// Emits the segments of a gutter-free region as lines: grouped by baseline, top to bottom,
/// each left to right.
fn emit_lines(segs: &[Segment], mut ids: Vec<usize>, column: Column, out: &mut Vec<Pending>) {
    ids.sort_by(|&a, &b| {
        segs[a]
            .baseline
            .total_cmp(&segs[b].baseline)
            .then(segs[a].x0.total_cmp(&segs[b].x0))
    });
    let mut line: Vec<usize> = Vec::new();
    let mut baseline = f32::MIN;
    for id in ids {
        let s = &segs[id];
        if !line.is_empty() && (s.baseline - baseline).abs() > 0.3 * s.size {
            line.sort_by(|&a, &b| segs[a].x0.total_cmp(&segs[b].x0));
            out.push(Pending::Line(std::mem::take(&mut line), column));
        }
        if line.is_empty() {
            baseline = s.baseline;
        }
        line.push(id);
    }
    if !line.is_empty() {
        line.sort_by(|&a, &b| segs[a].x0.total_cmp(&segs[b].x0));
        out.push(Pending::Line(line, column));
    }
}
