/**
 * The entry of uPlot's own chunk: the library and its stylesheet. Only load-uplot.ts imports this, dynamically,
 * so nothing of uPlot is in the dashboard's first download.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
